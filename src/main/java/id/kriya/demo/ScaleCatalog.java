package id.kriya.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.artisan.Craft;
import id.kriya.catalog.search.SearchIndex;
import id.kriya.council.CouncilManagement;
import id.kriya.demo.ScaleWords.CraftWords;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.shared.Slug;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A large catalog for benchmarks, made only when asked for ({@code kriya.generate.products}, set by the {@code scale}
 * profile to 100,000 over 2,000 businesses): verified businesses across Bali's regencies, each with its owner's
 * account, and their published products with Indonesian titles and stories from {@link ScaleWords}.
 * <p>
 * Going product by product through the catalog's services would take hours, so the rows are streamed into the
 * tables with PostgreSQL's COPY in one transaction, keeping every rule the tables and entities keep (verified
 * business with one owner, one to three photos on every published product, stock that fits its kind). The photos
 * are a small pool drawn in code and uploaded through the {@link MediaLibrary} like any other, owned by one account
 * ({@value #PHOTO_OWNER}) and shared by the products of a craft. The search index is then rebuilt with the mass
 * indexer. Nothing is made when the businesses are already there.
 */
@Component
@ConditionalOnProperty("kriya.generate.products")
@Order(Ordered.LOWEST_PRECEDENCE)
class ScaleCatalog implements ApplicationRunner {

    static final String SLUG_PREFIX = "skala-";
    static final String PHOTO_OWNER = "skala.foto" + DemoData.DOMAIN;
    /** The title of the first business's first product: a word no other title has, for measuring save-to-search. */
    static final String MARKER_TITLE = "Kain endek tolok ukur motif cepuk merah";
    private static final int ROWS_PER_WRITE = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ScaleCatalog.class);

    private final DataSource dataSource;
    private final MediaLibrary media;
    private final SearchIndex index;
    private final CouncilManagement councils;
    private final AccountManagement accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final int products;
    private final int businesses;
    private final int photos;
    private final String password;

    ScaleCatalog(DataSource dataSource, MediaLibrary media, SearchIndex index, CouncilManagement councils,
                 AccountManagement accounts, PasswordEncoder passwords, Clock clock,
                 @Value("${kriya.generate.products}") int products,
                 @Value("${kriya.generate.artisans:2000}") int businesses,
                 @Value("${kriya.generate.photos:220}") int photos,
                 @Value("${kriya.demo.password}") String password) {
        this.dataSource = dataSource;
        this.media = media;
        this.index = index;
        this.councils = councils;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.products = products;
        this.businesses = Math.max(1, Math.min(businesses, Math.max(products, 1)));
        this.photos = Math.max(photos, ScaleWords.CRAFTS.size());
        this.password = password;
    }

    /** What one generation made and how long its steps took. */
    record Generated(int businesses, int products, int photos, Duration photoTime, Duration rowTime,
                     Duration indexTime, long indexed) {
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (products <= 0) {
            return;
        }
        int existing = existingBusinesses();
        if (existing > 0) {
            log.info("Scale catalog already generated ({} businesses); nothing to do", existing);
            return;
        }
        Generated done = generate();
        log.info("Scale catalog: {} products over {} businesses, {} photos; photos {} ms, rows {} ms, index {} ms "
                        + "({} documents), total {} ms", done.products(), done.businesses(), done.photos(),
                done.photoTime().toMillis(), done.rowTime().toMillis(), done.indexTime().toMillis(), done.indexed(),
                done.photoTime().plus(done.rowTime()).plus(done.indexTime()).toMillis());
    }

    Generated generate() throws Exception {
        Instant start = clock.instant();
        Map<Craft, List<PhotoId>> pool = photoPool();
        Instant photosDone = clock.instant();
        writeRows(pool);
        Instant rowsDone = clock.instant();
        long indexed = index.rebuild();
        Instant indexDone = clock.instant();
        return new Generated(businesses, products, pool.values().stream().mapToInt(List::size).sum(),
                Duration.between(start, photosDone), Duration.between(photosDone, rowsDone),
                Duration.between(rowsDone, indexDone), indexed);
    }

    int existingBusinesses() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM artisan_business WHERE slug LIKE '" + SLUG_PREFIX + "%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** A few photos per craft, drawn in code and uploaded two at a time (the media library decodes two at once). */
    private Map<Craft, List<PhotoId>> photoPool() throws Exception {
        long owner = accounts.findByEmail(PHOTO_OWNER).map(account -> account.id()).orElseGet(() -> accounts.register(
                new NewAccount(PHOTO_OWNER, "Studio Foto Skala", password, DemoData.INDONESIAN)).id());
        int perCraft = photos / ScaleWords.CRAFTS.size();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Map<Craft, List<Future<PhotoId>>> pending = new EnumMap<>(Craft.class);
            for (CraftWords craft : ScaleWords.CRAFTS) {
                for (int n = 0; n < perCraft; n++) {
                    int number = n;
                    pending.computeIfAbsent(craft.craft(), c -> new ArrayList<>()).add(workers.submit(() -> {
                        byte[] jpeg = DemoPhotos.jpeg(craft.craft().name(), number % 3, 7_000L + number);
                        return media.upload(owner, "skala-" + craft.craft().name().toLowerCase(Locale.ROOT) + "-" + number + ".jpg",
                                new ByteArrayInputStream(jpeg)).id();
                    }));
                }
            }
            Map<Craft, List<PhotoId>> pool = new EnumMap<>(Craft.class);
            for (var entry : pending.entrySet()) {
                List<PhotoId> ids = new ArrayList<>();
                for (Future<PhotoId> id : entry.getValue()) {
                    ids.add(id.get());
                }
                pool.put(entry.getKey(), ids);
            }
            return pool;
        } finally {
            workers.shutdown();
        }
    }

    /** Accounts, businesses, memberships, products and their photos, all in one transaction. */
    private void writeRows(Map<Craft, List<PhotoId>> pool) throws SQLException, IOException {
        Random random = new Random(42);
        Instant now = clock.instant();
        String hash = passwords.encode(password);
        List<String> regions = new ArrayList<>(councils.areaNames().keySet().stream()
                .filter(ScaleWords.VILLAGES::containsKey).toList());
        if (regions.isEmpty()) {
            throw new IllegalStateException("No Bali regencies to place the scale catalog in");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long firstUser = reserve(connection, "account_user_id_seq", businesses);
                long firstBusiness = reserve(connection, "artisan_business_id_seq", businesses);
                long firstProduct = reserve(connection, "catalog_product_id_seq", products);
                PGConnection pg = connection.unwrap(PGConnection.class);
                Map<String, String> areaNames = councils.areaNames();
                List<Business> made = new ArrayList<>(businesses);
                for (int b = 0; b < businesses; b++) {
                    made.add(business(random, b, firstUser + b, firstBusiness + b, regions, now));
                }
                // One COPY at a time on a connection: a table after the other.
                Copy users = new Copy(pg, "account_user (id, email, password_hash, display_name, locale, privacy_version, consented_at, created_at)");
                for (Business business : made) {
                    users.row(business.userId, business.email, hash, business.owner, "id", AccountManagement.PRIVACY_VERSION,
                            business.since, business.since);
                }
                users.end();
                Copy roles = new Copy(pg, "account_user_role (user_id, role)");
                for (Business business : made) {
                    roles.row(business.userId, "BUYER");
                    roles.row(business.userId, "ARTISAN");
                }
                roles.end();
                Copy firms = new Copy(pg, "artisan_business (id, slug, name, owner_name, whatsapp, email, region_code, village, address, "
                        + "founded_year, workers, story, nib, status, reviewed_at, created_at, updated_at)");
                for (Business business : made) {
                    firms.row(business.id, business.slug, business.name, business.owner, business.whatsApp, business.email,
                            business.region, business.village, business.address, business.founded, business.workers,
                            business.story, business.nib, "VERIFIED", business.since, business.since, business.since);
                }
                firms.end();
                Copy crafts = new Copy(pg, "artisan_business_craft (business_id, craft)");
                for (Business business : made) {
                    crafts.row(business.id, business.words.craft().name());
                }
                crafts.end();
                Copy members = new Copy(pg, "artisan_membership (business_id, user_id, role, accepted, email, display_name, created_at)");
                for (Business business : made) {
                    members.row(business.id, business.userId, "OWNER", "t", business.email, business.owner, business.since);
                }
                members.end();

                // Every shop takes transfers to its bank account: a shop publishes only once buyers can pay it.
                Copy accounts = new Copy(pg, "payment_settings (business_id, bank, bank_account_number, "
                        + "bank_account_holder, updated_at, updated_by)");
                for (Business business : made) {
                    accounts.row(business.id, "BPD_BALI", String.format("%013d", 200_000_000_000L + business.id),
                            business.owner, business.since, business.userId);
                }
                accounts.end();

                Copy items = new Copy(pg, "catalog_product (id, business_id, slug, title, story_id, story_en, category, materials, "
                        + "technique, maker, village, region_code, length_cm, width_cm, height_cm, weight_grams, "
                        + "parcel_length_cm, parcel_width_cm, parcel_height_cm, parcel_weight_grams, price_rupiah, stock_kind, stock, lead_time_days, status, published_at, created_at, updated_at)");
                byte[] photoCounts = new byte[products];
                int[] photoOffsets = new int[products];
                for (int p = 0; p < products; p++) {
                    Business business = made.get(p % businesses);
                    product(random, items, firstProduct + p, p == 0, business, areaNames, now);
                    List<PhotoId> choice = pool.get(business.words.craft());
                    photoCounts[p] = (byte) (1 + random.nextInt(Math.min(3, choice.size())));
                    photoOffsets[p] = random.nextInt(choice.size());
                }
                items.end();
                Copy pictures = new Copy(pg, "catalog_product_photo (product_id, position, photo_id)");
                for (int p = 0; p < products; p++) {
                    List<PhotoId> choice = pool.get(made.get(p % businesses).words.craft());
                    for (int position = 0; position < photoCounts[p]; position++) {
                        pictures.row(firstProduct + p, position, choice.get((photoOffsets[p] + position) % choice.size()).value());
                    }
                }
                pictures.end();
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private record Business(long userId, long id, String slug, String name, String owner, String email, String whatsApp,
                            String region, String village, String address, int founded, int workers, String story,
                            String nib, Instant since, CraftWords words) {
    }

    private Business business(Random random, int number, long userId, long id, List<String> regions, Instant now) {
        // The first business weaves endek, as its marker product's title says.
        CraftWords words = ScaleWords.CRAFTS.get(number == 0 ? 0 : weightedCraft(random));
        String region = regions.get(random.nextInt(regions.size()));
        String village = ScaleWords.pick(random, ScaleWords.VILLAGES.get(region));
        String owner = ScaleWords.person(random);
        String name = words.kinds().get(0).split(" ")[0] + " " + ScaleWords.pick(random, ScaleWords.BUSINESS_WORDS) + " "
                + village;
        String slug = SLUG_PREFIX + slug(name) + "-" + (number + 1);
        Instant since = now.minus(Duration.ofDays(30 + random.nextInt(6 * 365)));
        int founded = 1960 + random.nextInt(63);
        String address = "Jl. " + ScaleWords.pick(random, ScaleWords.STREETS) + " No. " + (1 + random.nextInt(120)) + ", " + village;
        return new Business(userId, id, slug, name, owner, String.format("skala.%04d%s", number + 1, DemoData.DOMAIN),
                String.format("+62813%08d", 10_000_000 + number), region, village, address, founded, 1 + random.nextInt(40),
                ScaleWords.businessStory(random, words, owner, village, founded), nib(number), since, words);
    }

    /** Cloth, silver and carving are most of Bali's members; the rest share what is left. */
    private static int weightedCraft(Random random) {
        int[] weights = {22, 8, 2, 16, 14, 8, 6, 8, 6, 8, 2};
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void product(Random random, Copy items, long id, boolean marker, Business business,
                                Map<String, String> areaNames, Instant now)
            throws SQLException, IOException {
        CraftWords words = business.words;
        List<String> materials = new ArrayList<>();
        materials.add(ScaleWords.pick(random, words.materials()));
        if (random.nextInt(3) == 0) {
            String second = ScaleWords.pick(random, words.materials());
            if (!materials.contains(second)) {
                materials.add(second);
            }
        }
        String title = marker ? MARKER_TITLE : ScaleWords.title(random, words, materials.get(0));
        String maker = random.nextInt(4) == 0 ? ScaleWords.person(random) : business.owner;
        String village = random.nextInt(10) == 0 ? ScaleWords.pick(random, ScaleWords.VILLAGES.get(business.region)) : business.village;
        String regency = areaNames.getOrDefault(business.region, "Bali");
        String story = ScaleWords.story(random, words, title, maker, village, regency, materials);
        String storyEn = random.nextInt(3) == 0 ? ScaleWords.storyEn(random, words, maker, village) : null;
        int length = words.minSize() + random.nextInt(words.maxSize() - words.minSize() + 1);
        int width = Math.max(1, length * (30 + random.nextInt(70)) / 100);
        int height = Math.max(1, Math.min(1000, words.gramsPerCm() >= 30 ? width * (50 + random.nextInt(100)) / 100 : 1 + random.nextInt(3)));
        int weight = Math.max(1, Math.min(1_000_000, length * words.gramsPerCm() + random.nextInt(200)));
        long price = roundedPrice(words.minPrice() + (long) ((words.maxPrice() - words.minPrice()) * Math.pow(random.nextDouble(), 2.5)));
        String kind;
        Integer stock = null;
        Integer leadTime = null;
        switch (random.nextInt(3)) {
            case 0 -> {
                kind = "ONE_OF_A_KIND";
                stock = 1;
            }
            case 1 -> {
                kind = "LIMITED";
                stock = 1 + random.nextInt(40);
            }
            default -> {
                kind = "MADE_TO_ORDER";
                leadTime = 3 + random.nextInt(60);
            }
        }
        Instant created = business.since.plus(Duration.ofSeconds((long) (random.nextDouble()
                * Duration.between(business.since, now).getSeconds())));
        Instant published = created.plus(Duration.ofMinutes(5 + random.nextInt(3 * 24 * 60)));
        if (published.isAfter(now) || marker) {
            // The marker is its artisan's latest change, first in their list, where the benchmark finds it.
            published = now;
        }
        items.row(id, business.id, slug(title) + "-" + Long.toString(id, 36), title, story, storyEn, words.craft().name(),
                array(materials), ScaleWords.pick(random, words.techniques()).name(), maker, village, business.region,
                // Shipped as measured, the way existing products kept their numbers as their parcel's.
                length, width, height, weight, length, width, height, weight, price, kind, stock, leadTime, "PUBLISHED",
                published, created, published);
    }

    private static long roundedPrice(long price) {
        long step = price >= 1_000_000 ? 50_000 : price >= 100_000 ? 5_000 : 1_000;
        return Math.max(step, price / step * step);
    }

    /** Thirteen digits, apart from the demo's ({@link DemoData#nib}) which start with 91204. */
    static String nib(int number) {
        return "95" + String.format("%011d", 1_000_003L * (number + 1) % 100_000_000_000L);
    }

    private static String slug(String text) {
        return Slug.of(text, 60, "produk");
    }

    private static String array(List<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (String value : values) {
            array.append(array.length() > 1 ? "," : "").append('"').append(value).append('"');
        }
        return array.append('}').toString();
    }

    /** The first of {@code count} ids taken from the sequence at once; the next nextval() gives the one after them. */
    private static long reserve(Connection connection, String sequence, int count) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT nextval('" + sequence + "')")) {
            rows.next();
            long first = rows.getLong(1);
            try (ResultSet ignored = statement.executeQuery("SELECT setval('" + sequence + "', " + (first + count - 1) + ")")) {
                return first;
            }
        }
    }

    /** Rows streamed into one table with COPY (text format), a few thousand at a time to keep the heap small. */
    private static final class Copy {

        private final PGConnection connection;
        private final String target;
        private final StringBuilder rows = new StringBuilder();
        private CopyIn copy;
        private int pending;

        Copy(PGConnection connection, String target) {
            this.connection = connection;
            this.target = target;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                rows.append(values[i] == null ? "\\N" : escape(values[i].toString()));
            }
            rows.append('\n');
            if (++pending >= ROWS_PER_WRITE) {
                flush();
            }
        }

        void end() throws SQLException {
            flush();
            if (copy != null) {
                copy.endCopy();
            }
        }

        private void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            if (copy == null) {
                copy = connection.getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
            pending = 0;
        }

        private static String escape(String value) {
            return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
    }
}
