package id.kriya.demo;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.AccountManagement;
import id.kriya.account.Role;
import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.Technique;
import id.kriya.curation.Applying;
import id.kriya.curation.CallDetails;
import id.kriya.curation.CallManagement;
import id.kriya.curation.Criterion;
import id.kriya.curation.CuratorDesk;
import id.kriya.curation.Entry;
import id.kriya.demo.DemoArtisans.DemoArtisan;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.media.MediaLibrary;
import id.kriya.shared.Bali;
import id.kriya.shared.Rupiah;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Curation of "Pameran IKM Bali Bangkit" as the province's officers ran it, through the curation module's public
 * API only. Stage I (October, past) had its call recorded afterwards: opened, its entries closed by hand, scored by
 * three curators, proposed and published, so stage I has its exhibitors and their products the curated mark. Stage II
 * (four weeks ahead) has a call open for two more weeks, until 17:00 WITA, with a few applications, so
 * artisan@kriya.local can still apply. The demo artisans without a public product first list one piece of their craft so that they can apply.
 */
@Component
class DemoCuration {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static final List<Criterion> RUBRIC = List.of(
            new Criterion("Kualitas karya", "Quality of work", 30),
            new Criterion("Keaslian dan kekhasan lokal", "Authenticity and local character", 30),
            new Criterion("Penyelesaian dan kemasan", "Finish and packaging", 20),
            new Criterion("Kesiapan harga dan stok", "Readiness of price and stock", 20));

    /** Logins that stay out of stage I's call, so stage II's open call has fresh faces (and artisan@ applies to both). */
    /** Stage II's call takes entries until 17:00 WITA this many days after the demo's first day. */
    static final int STAGE_TWO_DAYS_LEFT = 14;

    static final Set<String> STAGE_TWO_ONLY = Set.of("denpasar-endek", "denpasar-fashion", "denpasar-keramik",
            "kuta-fashion", "abiansemal");

    private final AccountManagement accounts;
    private final ExhibitionManagement exhibitions;
    private final CallManagement calls;
    private final Applying applying;
    private final CuratorDesk desk;
    private final ProductManagement products;
    private final ProductPhotos photos;
    private final MediaLibrary media;
    private final Clock clock;
    private final String password;

    DemoCuration(AccountManagement accounts, ExhibitionManagement exhibitions, CallManagement calls, Applying applying,
                 CuratorDesk desk, ProductManagement products, ProductPhotos photos, MediaLibrary media, Clock clock,
                 @Value("${kriya.demo.password}") String password) {
        this.accounts = accounts;
        this.exhibitions = exhibitions;
        this.calls = calls;
        this.applying = applying;
        this.desk = desk;
        this.products = products;
        this.photos = photos;
        this.media = media;
        this.clock = clock;
        this.password = password;
    }

    void load(long provinceOfficer, Map<String, Long> owners) {
        ExhibitionView flagship = exhibitions.exhibitionsOf(provinceOfficer).stream()
                .filter(exhibition -> exhibition.title().equals(DemoExhibitions.TITLE)).findFirst().orElseThrow();
        StageView first = flagship.stages().get(0);
        StageView second = flagship.stages().get(1);
        List<Long> curators = List.of(accounts.findByEmail("curator" + DemoData.DOMAIN).orElseThrow().id(),
                curator("curator2", "I Made Wiradana, M.Sn."), curator("curator3", "Dr. Ni Ketut Sariasih"));
        Map<String, List<Long>> offered = new LinkedHashMap<>();
        int number = 0;
        for (DemoArtisan artisan : DemoArtisans.ALL) {
            if (artisan.verified()) {
                offered.put(artisan.login(), piecesOf(artisan, owners.get(artisan.login()), number++));
            }
        }

        Instant now = clock.instant();
        long stageOne = calls.open(provinceOfficer, flagship.id(), new CallDetails("Kurasi Tahap I: " + first.title(),
                List.of(first.id()), now.minus(Duration.ofDays(70)), now.plus(Duration.ofDays(1)), 5, 800, 5, 60, true,
                now.plus(Duration.ofDays(30)), Set.of(), Set.of(), RUBRIC, Map.of("51.04", 5),
                Map.of()));
        assign(provinceOfficer, stageOne, curators);
        Map<String, String> codes = new LinkedHashMap<>();
        for (DemoArtisan artisan : DemoArtisans.ALL) {
            if (artisan.verified() && !STAGE_TWO_ONLY.contains(artisan.login())) {
                codes.put(artisan.login(), applying.apply(owners.get(artisan.login()), stageOne,
                        entry(offered.get(artisan.login()), null)).blindCode());
            }
        }
        calls.closeEntries(provinceOfficer, stageOne);
        int seed = 0;
        for (Map.Entry<String, String> application : codes.entrySet()) {
            seed++;
            for (int c = 0; c < curators.size(); c++) {
                // A curator from the applicant's own council does not see it, so does not score it.
                boolean visible = desk.applications(curators.get(c), stageOne).stream()
                        .anyMatch(line -> line.code().equals(application.getValue()));
                if (visible) {
                    desk.score(curators.get(c), stageOne, application.getValue(), scores(seed, c), comment(seed, c));
                }
            }
        }
        calls.closeScoring(provinceOfficer, stageOne);
        calls.propose(provinceOfficer, stageOne);
        calls.publish(provinceOfficer, stageOne);

        long stageTwo = calls.open(provinceOfficer, flagship.id(), new CallDetails("Kurasi Tahap II: " + second.title(),
                List.of(second.id()), bali(-7, 8), bali(STAGE_TWO_DAYS_LEFT, 17), 5, 800, 5, 60, true,
                bali(STAGE_TWO_DAYS_LEFT + 4, 17), Set.of(), Set.of(), RUBRIC, Map.of("51.03", 4, "51.71", 4, "51.02", 4),
                Map.of()));
        assign(provinceOfficer, stageTwo, curators);
        for (String login : List.of("denpasar-endek", "denpasar-fashion", "denpasar-keramik", "kuta-fashion",
                "abiansemal", "celuk")) {
            applying.apply(owners.get(login), stageTwo, entry(offered.get(login), second.id()));
        }
    }

    /** The hour in Bali on the day this many days from today. */
    private Instant bali(int days, int hour) {
        return Bali.today(clock).plusDays(days).atTime(hour, 0).atZone(Bali.ZONE).toInstant();
    }

    private void assign(long officer, long call, List<Long> curators) {
        String[] homes = {"51.71", "51.04", "51.08"};
        for (int i = 0; i < curators.size(); i++) {
            calls.assignCurator(officer, call, accounts.find(curators.get(i)).orElseThrow().email(), homes[i]);
        }
    }

    private long curator(String login, String name) {
        long id = accounts.register(new NewAccount(login + DemoData.DOMAIN, name, password, INDONESIAN)).id();
        accounts.grant(id, Role.CURATOR);
        accounts.revoke(id, Role.BUYER);
        return id;
    }

    /** Scores 2–5 that differ by applicant and curator but are the same on every start. */
    private static List<Integer> scores(int seed, int curator) {
        List<Integer> scores = new ArrayList<>();
        for (int criterion = 0; criterion < RUBRIC.size(); criterion++) {
            scores.add(2 + Math.floorMod(seed * 7 + curator * 3 + criterion * 5 + seed * criterion, 4));
        }
        return scores;
    }

    private static String comment(int seed, int curator) {
        return switch (Math.floorMod(seed + curator, 4)) {
            case 0 -> "Karya rapi dan khas; kemasan perlu lebih kuat untuk dikirim.";
            case 1 -> "Harga belum mencantumkan biaya bahan dengan jelas; stok terlalu sedikit untuk pameran.";
            case 2 -> "Motif dan teknik asli; penyelesaian tepi perlu diperhalus.";
            default -> null;
        };
    }

    /** Every demo IKM shows in the craft zone: Gedung Ksirarnawa's plan has craft booths and food stalls only. */
    private static Entry entry(List<Long> pieces, Long stage) {
        BoothZone zone = BoothZone.CRAFT;
        return new Entry(pieces.stream().limit(5).toList(), """
                Kami mengerjakan setiap karya dengan tangan, dari bahan sampai penyelesaian, dan menjaga teknik \
                yang kami pelajari dari para tetua. Kami siap melayani pengunjung dan pembayaran QRIS di booth.""",
                zone, stage);
    }

    /** The business's public products; one piece of its first craft is listed first when it has none. */
    private List<Long> piecesOf(DemoArtisan artisan, long owner, int number) {
        List<Long> shown = products.list(owner, null, Pageable.ofSize(20)).getContent().stream()
                .filter(ProductView::isPublic).map(ProductView::id).sorted().toList();
        if (!shown.isEmpty()) {
            return shown;
        }
        Craft craft = Craft.valueOf(artisan.crafts().get(0));
        Piece piece = Piece.of(craft);
        long product = products.create(owner, new ProductDetails(piece.title(), piece.story(), null, craft,
                piece.materials(), piece.technique(), artisan.owner(), null, null, 40, 30, 10, 800,
                Rupiah.of(piece.price()), StockKind.LIMITED, 4, null));
        byte[] jpeg = DemoPhotos.jpeg(craft.name(), 0, 500 + number);
        photos.attach(owner, product, List.of(media.upload(owner, "demo-kurasi-" + number + ".jpg",
                new ByteArrayInputStream(jpeg)).id()));
        products.publish(owner, product);
        return List.of(product);
    }

    /** A typical piece of each craft, named without its maker or village. */
    record Piece(String title, String story, List<String> materials, Technique technique, long price) {

        static final Map<Craft, Piece> BY_CRAFT = new EnumMap<>(Map.of(
                Craft.TENUN_ENDEK, new Piece("Kain Endek Motif Patra Punggel", "Endek katun yang ditenun dengan ATBM, motif patra punggel dengan warna tanah.", List.of("katun"), Technique.TENUN_IKAT_ATBM, 650_000),
                Craft.SONGKET, new Piece("Kain Songket Benang Emas Motif Cempaka", "Songket dengan benang emas yang disungkit helai demi helai, motif bunga cempaka.", List.of("sutra", "benang emas"), Technique.SONGKET, 3_200_000),
                Craft.GRINGSING, new Piece("Kain Ikat Ganda Motif Wayang", "Kain ikat ganda dengan pewarna alam yang dicelup berbulan-bulan.", List.of("katun", "pewarna alam"), Technique.IKAT_GANDA, 4_800_000),
                Craft.PERAK_PERHIASAN, new Piece("Anting Perak 925 Motif Jawan", "Anting perak 925 dengan butiran jawan, dikerjakan tangan.", List.of("perak 925"), Technique.TEMPA_PERAK, 450_000),
                Craft.UKIRAN_KAYU, new Piece("Ukiran Kayu Garuda Kecil", "Garuda kecil dari kayu suar, diukir tangan dan diselesaikan dengan minyak alami.", List.of("kayu suar"), Technique.UKIR_TANGAN, 1_100_000),
                Craft.LUKISAN, new Piece("Lukisan Sawah Terasering Pagi", "Lukisan akrilik di atas kanvas: sawah terasering di pagi hari.", List.of("kanvas", "akrilik"), Technique.LUKIS_TANGAN, 2_400_000),
                Craft.PATUNG_BATU, new Piece("Patung Batu Padas Ganesha Kecil", "Ganesha kecil dari batu padas, dipahat tangan.", List.of("batu padas"), Technique.PAHAT_TANGAN, 900_000),
                Craft.ANYAMAN_BAMBU, new Piece("Keranjang Anyaman Bambu Sokasi", "Sokasi bertutup dari bambu, dianyam rapat untuk canang dan hantaran.", List.of("bambu"), Technique.ANYAMAN_TANGAN, 180_000),
                Craft.GERABAH_KERAMIK, new Piece("Vas Keramik Glasir Hijau Laut", "Vas keramik putar dengan glasir hijau laut, dibakar dua kali.", List.of("tanah liat", "glasir"), Technique.GERABAH_PUTAR, 350_000),
                Craft.FASHION, new Piece("Kebaya Brokat Bordir Tangan", "Kebaya brokat dengan bordir tangan di tepinya, ukuran M.", List.of("brokat", "katun"), Technique.JAHIT_TANGAN, 850_000)));

        static Piece of(Craft craft) {
            return BY_CRAFT.getOrDefault(craft, new Piece("Kerajinan Tangan Khas Bali", "Kerajinan tangan dari bahan alami Bali.", List.of("bahan alami"), Technique.LAINNYA, 250_000));
        }
    }
}
