/**
 * The pixel work behind an upload: what a file is by its first bytes, its EXIF orientation, decoding within a
 * pixel budget, upright sRGB renditions as bare JPEG, quality hints and the perceptual hash. Plain functions with
 * no state, internal to the media module.
 */
package id.kriya.media.image;
