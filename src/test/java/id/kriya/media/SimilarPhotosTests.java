package id.kriya.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.media.image.PhotoAnalysis;
import id.kriya.media.storage.PhotoStorage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
class SimilarPhotosTests {

    static final Random RANDOM = new Random();

    @Autowired
    MediaLibrary media;

    @Autowired
    StoredPhotos photos;

    @Autowired
    PhotoStorage storage;

    @Autowired
    PhotoHashBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A stored photo record with this hash and upload time (its files are not needed to compare hashes). */
    PhotoId stored(long hash, Instant at) {
        PhotoId id = PhotoId.random();
        byte[] sha = new byte[32];
        RANDOM.nextBytes(sha);
        photos.save(new StoredPhoto(id, 1, 800, 600, 1000, HexFormat.of().formatHex(sha), hash, Set.of(), at));
        return id;
    }

    /** A hash with detail in it (neither nearly all zeros nor nearly all ones). */
    static long aHash() {
        long hash;
        do {
            hash = RANDOM.nextLong();
        } while (!MediaLibrary.hasDetail(hash));
        return hash;
    }

    /** The hash with this many bits turned over, chosen at random. */
    static long flipped(long hash, int bits) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            positions.add(i);
        }
        java.util.Collections.shuffle(positions, RANDOM);
        long result = hash;
        for (int i = 0; i < bits; i++) {
            result ^= 1L << positions.get(i);
        }
        return result;
    }

    @Test
    void findsEveryPhotoUpToSixBitsAwayOldestFirstAndNoneFarther() {
        long hash = aHash();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(30, ChronoUnit.DAYS);
        PhotoId photo = stored(hash, start.plus(20, ChronoUnit.DAYS));
        List<PhotoId> near = new ArrayList<>();
        for (int bits = 0; bits <= 6; bits++) {
            near.add(stored(flipped(hash, bits), start.plus(bits, ChronoUnit.DAYS)));
        }
        PhotoId seven = stored(flipped(hash, 7), start);
        PhotoId far = stored(flipped(hash, 20), start);

        List<SimilarPhoto> found = media.similarTo(photo, 6, 50);

        assertThat(found).extracting(SimilarPhoto::id).containsExactlyElementsOf(near)
                .doesNotContain(photo, seven, far);
        assertThat(found).extracting(SimilarPhoto::distance).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(found.get(0).uploadedAt()).isEqualTo(start);
        assertThat(media.similarTo(photo, 2, 50)).hasSize(3);
        assertThat(media.similarTo(photo, 6, 4)).extracting(SimilarPhoto::id).containsExactlyElementsOf(near.subList(0, 4));
    }

    @Test
    void aPictureWithoutDetailMatchesNothingAndTheDistanceStaysWithinWhatTheBandsFind() {
        PhotoId blank = stored(0L, Instant.now());
        stored(0L, Instant.now());
        stored(1L, Instant.now());
        assertThat(media.similarTo(blank, 6, 10)).isEmpty();
        assertThat(media.similarTo(PhotoId.random(), 6, 10)).as("no such photo").isEmpty();
        assertThatThrownBy(() -> media.similarTo(blank, 7, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> media.similarTo(blank, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLookupIsAnsweredByTheSevenBandIndexesNotByReadingEveryPhoto() throws Exception {
        Method method = StoredPhotos.class.getMethod("similarTo", long.class, long.class, long.class, long.class,
                long.class, long.class, long.class, long.class, int.class, UUID.class, int.class);
        String sql = method.getAnnotation(Query.class).value();
        long hash = aHash();
        long[] b = HashBands.of(hash);
        String literal = sql.replace(":hash", Long.toString(hash)).replace(":maxDistance", "6")
                .replace(":except", "'" + UUID.randomUUID() + "'").replace(":limit", "200");
        for (int i = 0; i < 7; i++) {
            literal = literal.replace(":b" + i, Long.toString(b[i]));
        }
        String query = literal;
        // On a small test table the planner may rightly prefer reading it all; with that path priced out, what is
        // left shows whether the query's conditions match the indexes' expressions at all.
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL enable_bitmapscan = off");
            return jdbc.queryForList("EXPLAIN " + query, String.class);
        });
        String text = String.join("\n", plan);
        assertThat(text).doesNotContain("Seq Scan").contains("media_photo_perceptual_hash");
        for (int i = 0; i < 7; i++) {
            assertThat(text).contains("Index Only Scan using media_photo_band_" + i);
        }
    }

    @Test
    void photosHashedTheOlderWayAreHashedAgainFromTheirRendition() {
        byte[] jpeg = TestImages.jpeg(TestImages.piece(42, 1200, 900));
        Photo uploaded = media.upload(1, "kain.jpg", new java.io.ByteArrayInputStream(jpeg));
        long current = uploaded.perceptualHash();
        jdbc.update("update media_photo set hash_version = 1, perceptual_hash = 12345 where id = ?", uploaded.id().value());

        while (backfill.rehashBatch() > 0) {
            // every photo waiting is taken, a batch at a time
        }

        StoredPhoto again = photos.findById(uploaded.id().value()).orElseThrow();
        assertThat(again.hashVersion()).isEqualTo(PhotoAnalysis.HASH_VERSION);
        assertThat(Long.bitCount(again.perceptualHash() ^ current)).as("hashed from the 1600 rendition")
                .isLessThanOrEqualTo(2);
        assertThat(storage.get(uploaded.id(), PhotoSize.FULL)).isPresent();
    }
}
