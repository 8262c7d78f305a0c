package id.kriya.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HashBandsTests {

    static final int[] WIDTHS = {10, 9, 9, 9, 9, 9, 9};

    @Test
    void theSevenBandsHoldEveryBitOnce() {
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            long hash = random.nextLong();
            long[] bands = HashBands.of(hash);
            long rebuilt = 0;
            for (int band = 0; band < HashBands.COUNT; band++) {
                assertThat(bands[band]).isBetween(0L, (1L << WIDTHS[band]) - 1);
                rebuilt = (rebuilt << WIDTHS[band]) | bands[band];
            }
            assertThat(rebuilt).isEqualTo(hash);
        }
    }

    @Test
    void twoHashesAtMostSixBitsApartAgreeInAtLeastOneBand() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            long hash = random.nextLong();
            long other = hash;
            int flips = 1 + random.nextInt(HashBands.MAX_DISTANCE);
            for (int f = 0; f < flips; f++) {
                other ^= 1L << random.nextInt(64);
            }
            assertThat(HashBands.distance(hash, other)).isLessThanOrEqualTo(6);
            assertThat(sharesABand(hash, other)).as("%x and %x", hash, other).isTrue();
        }
    }

    @Test
    void sevenBitsApartOnePerBandShareNoBandWhichIsWhyTheDistanceStopsAtSix() {
        long hash = 0x5DEECE66DL * 0x9E3779B97F4A7C15L;
        // The lowest bit of each band: bits 54, 45, 36, 27, 18, 9 and 0.
        long other = hash ^ (1L << 54 | 1L << 45 | 1L << 36 | 1L << 27 | 1L << 18 | 1L << 9 | 1L);
        assertThat(HashBands.distance(hash, other)).isEqualTo(7);
        assertThat(sharesABand(hash, other)).isFalse();
        assertThat(MediaLibrary.MAX_SIMILARITY_DISTANCE).isEqualTo(6);
    }

    static boolean sharesABand(long a, long b) {
        long[] first = HashBands.of(a);
        long[] second = HashBands.of(b);
        for (int band = 0; band < HashBands.COUNT; band++) {
            if (first[band] == second[band]) {
                return true;
            }
        }
        return false;
    }
}
