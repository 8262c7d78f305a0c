package id.kriya.media;

/**
 * Multi-index hashing for the 64-bit dHash: the bits are cut into {@value #COUNT} bands (10 bits, then six of 9), and
 * each band has its own B-tree index on {@code media_photo} (migration V182). Two hashes that differ in at most
 * {@value #MAX_DISTANCE} bits cannot differ in all seven bands (each differing band takes at least one differing
 * bit), so they agree exactly in at least one: a lookup is seven index probes for equal bands, then the exact
 * Hamming distance on the few rows found, never a scan of every photo. The shifts and masks here are the ones the
 * migration's index expressions and {@link StoredPhotos#similarTo} use, band for band.
 */
final class HashBands {

    static final int COUNT = 7;
    /** The farthest two hashes may be and still be found: one less than the number of bands. */
    static final int MAX_DISTANCE = COUNT - 1;

    private static final int[] SHIFT = {54, 45, 36, 27, 18, 9, 0};
    private static final long[] MASK = {0x3FF, 0x1FF, 0x1FF, 0x1FF, 0x1FF, 0x1FF, 0x1FF};

    private HashBands() {
    }

    /** The hash's bands, the highest bits first, each as the non-negative number its index keeps. */
    static long[] of(long hash) {
        long[] bands = new long[COUNT];
        for (int i = 0; i < COUNT; i++) {
            bands[i] = (hash >>> SHIFT[i]) & MASK[i];
        }
        return bands;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
