/**
 * Photos from artisans' phones, made safe and light. An upload is checked by its content, its size and its pixel
 * count before anything is decoded; it is then re-encoded with its orientation applied and every piece of metadata
 * (EXIF GPS above all) dropped, in five JPEG sizes (200 to 1600 pixels) served from immutable URLs for a page's srcset. Each photo carries hints when it is
 * too small, dark, overexposed or blurry, and hashes that let other modules spot duplicates. A person's photos
 * leave with their account. Other modules upload
 * and read photos through {@link id.kriya.media.MediaLibrary} and keep only a {@link id.kriya.media.PhotoId}.
 * Private photos (transfer receipts, later documents) go through {@link id.kriya.media.PrivatePhotos}: stored apart,
 * with no address of their own; the module that owns one decides who may see it and asks media for the bytes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "shared"})
package id.kriya.media;
