package id.kriya.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.AccountManagement;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.BusinessDetails;
import id.kriya.artisan.Craft;
import id.kriya.artisan.certification.Certification;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.Technique;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import id.kriya.council.CouncilManagement.Appointment;
import id.kriya.council.CouncilManagement;
import id.kriya.demo.DemoArtisans.DemoArtisan;
import id.kriya.demo.DemoProducts.DemoProduct;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.payment.Bank;
import id.kriya.payment.PaymentSettings;
import id.kriya.shared.Bali;
import id.kriya.shared.Rupiah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with what a first visitor needs to see Kriya at work: officers of the Bali
 * councils, a curator, a buyer, and the demo artisans, most verified and two waiting for their council.
 * Runs once: a database that already has the demo officer is left alone. Every date in it is placed around the day
 * of this first start in Bali, read from the application's clock, so the demo looks the same on any day: a stage
 * past with its booth sales and report, a stage coming with its call open, an online exhibition on now.
 */
@Component
@Conditional(DemoDataCondition.class)
class DemoData implements ApplicationRunner {

    static final String DOMAIN = "@kriya.local";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountManagement accounts;
    private final CouncilManagement councils;
    private final ArtisanManagement artisans;
    private final ArtisanVerification verification;
    private final ProductManagement products;
    private final ProductPhotos photos;
    private final MediaLibrary media;
    private final CurrencyRates rates;
    private final PaymentSettings payments;
    private final DemoOrders demoOrders;
    private final DemoTrust demoTrust;
    private final DemoExhibitions demoExhibitions;
    private final DemoCuration demoCuration;
    private final DemoBooths demoBooths;
    private final DemoBoothSales demoBoothSales;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String password;
    private final String adminEmail;
    private final List<String> failed = new CopyOnWriteArrayList<>();

    DemoData(AccountManagement accounts, CouncilManagement councils, ArtisanManagement artisans,
             ArtisanVerification verification, ProductManagement products, ProductPhotos photos, MediaLibrary media,
             CurrencyRates rates, PaymentSettings payments, DemoOrders demoOrders, DemoTrust demoTrust,
             DemoExhibitions demoExhibitions, DemoCuration demoCuration, DemoBooths demoBooths,
             DemoBoothSales demoBoothSales, PlatformTransactionManager transactionManager, Clock clock,
             @Value("${kriya.demo.password}") String password, @Value("${kriya.admin.email}") String adminEmail) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.rates = rates;
        this.payments = payments;
        this.demoOrders = demoOrders;
        this.demoTrust = demoTrust;
        this.demoExhibitions = demoExhibitions;
        this.demoCuration = demoCuration;
        this.demoBooths = demoBooths;
        this.demoBoothSales = demoBoothSales;
        this.adminEmail = adminEmail;
        this.photos = photos;
        this.media = media;
        this.accounts = accounts;
        this.councils = councils;
        this.artisans = artisans;
        this.verification = verification;
        this.products = products;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail("officer.bali" + DOMAIN).isPresent()) {
            return;
        }
        failed.clear();
        Optional<Cast> cast = step("councils' officers, artisans and their products", this::loadPeopleAndProducts);
        if (cast.isEmpty()) {
            return;
        }
        Cast people = cast.get();
        step("orders", () -> {
            demoOrders.load(people.owner("artisan"), people.owner(DemoProducts.ALL.stream()
                    .filter(product -> !product.login().equals("artisan") && product.publish()).findFirst()
                    .orElseThrow().login()), people.buyer());
            return true;
        });
        step("reviews and complaints", () -> {
            demoTrust.load(people.owner("artisan"), people.buyer(), people.province());
            return true;
        });
        Optional<ExhibitionView> flagship = step("exhibitions", () -> {
            demoExhibitions.loadPaintings(people.province(), people.owner("kamasan"), people.owner("batuan"));
            return demoExhibitions.load(people.province());
        });
        Optional<Long> pastStage = flagship.flatMap(exhibition -> step("curation of both stages", () -> {
            demoCuration.load(people.province(), people.owners());
            return exhibition.stages().get(0).id();
        }));
        pastStage.ifPresent(stage -> {
            step("booths of the past stage", () -> demoBooths.assign(people.province(), stage));
            step("booth sales of the past stage", () -> demoBoothSales.record(stage));
        });
        if (failed.isEmpty()) {
            log.info("Demo data loaded around {}: {} artisans, {} products; sign in with the demo accounts listed "
                    + "in the README", Bali.today(clock), DemoArtisans.ALL.size(), DemoProducts.ALL.size());
        }
    }

    /** The steps that failed in the last load, by name: none when the whole demo is there. */
    List<String> failedSteps() {
        return List.copyOf(failed);
    }

    /**
     * One part of the demo in a transaction of its own. A failure is logged with its cause and rolls back that part
     * only: what loaded before stays, consistent, and Kriya goes on serving; the parts that needed it are skipped.
     */
    private <T> Optional<T> step(String name, Supplier<T> work) {
        try {
            return Optional.ofNullable(transactions.execute(status -> work.get()));
        } catch (RuntimeException e) {
            failed.add(name);
            log.error("Demo data: the {} could not be loaded, so Kriya starts without them (and what needs them)",
                    name, e);
            return Optional.empty();
        }
    }

    private Cast loadPeopleAndProducts() {
        long province = officer("officer.bali", "I Gusti Ngurah Oka", "51", "Ketua Harian");
        officer("officer.gianyar", "Ni Made Sukerti", "51.04", "Staf Pembinaan IKM");
        officer("officer.badung", "I Wayan Sudarsana", "51.03", "Staf Pembinaan IKM");
        long curator = person("curator", "Dr. Ni Nyoman Sri Witari");
        accounts.grant(curator, Role.CURATOR);
        accounts.revoke(curator, Role.BUYER);
        long buyer = person("buyer", "Sarah Thompson");

        int index = 0;
        Map<String, Long> owners = new HashMap<>();
        for (DemoArtisan demo : DemoArtisans.ALL) {
            long owner = person(demo.login(), demo.owner());
            owners.put(demo.login(), owner);
            long business = artisans.register(owner, details(demo, index++));
            if (demo.verified()) {
                verification.verify(province, business);
                // Buyers must have a way to pay before a shop publishes: every verified demo shop has its account.
                payments.useBankAccount(owner, Bank.BPD_BALI, bankAccount(index), demo.owner());
            }
        }
        int number = 0;
        for (DemoProduct demo : DemoProducts.ALL) {
            long owner = owners.get(demo.login());
            long product = products.create(owner, details(demo, DemoArtisans.ALL.stream()
                    .filter(artisan -> artisan.login().equals(demo.login())).findFirst().orElseThrow().owner()));
            photos.attach(owner, product, drawnPhotos(owner, demo, number++));
            if (demo.publish()) {
                products.publish(owner, product);
            }
        }
        approximateRates();
        return new Cast(province, buyer, Map.copyOf(owners));
    }

    /** Who the later steps act as: the province's officer, the demo buyer, and each demo business's owner by login. */
    private record Cast(long province, long buyer, Map<String, Long> owners) {

        long owner(String login) {
            return owners.get(login);
        }
    }

    /** Rates as an admin would set them, so English visitors see approximate foreign prices from the start. */
    private void approximateRates() {
        accounts.findByEmail(adminEmail).ifPresent(admin -> rates.set(Map.of(
                Currency.USD, new BigDecimal("16500"), Currency.EUR, new BigDecimal("17800"),
                Currency.AUD, new BigDecimal("10700")), admin.id()));
    }

    /** One to three photos drawn in code; uploading suspends this transaction, as the media library wants. */
    private List<PhotoId> drawnPhotos(long owner, DemoProduct demo, int number) {
        List<PhotoId> ids = new ArrayList<>();
        for (int variant = 0; variant <= number % 3; variant++) {
            byte[] jpeg = DemoPhotos.jpeg(demo.category(), variant, number);
            ids.add(media.upload(owner, "demo-" + number + "-" + variant + ".jpg", new ByteArrayInputStream(jpeg)).id());
        }
        return ids;
    }

    private long officer(String login, String name, String councilCode, String position) {
        long userId = person(login, name);
        long councilId = councils.find(councilCode).orElseThrow().id();
        councils.appoint(new Appointment(login + DOMAIN, name, councilId, position, INDONESIAN));
        accounts.revoke(userId, Role.BUYER);
        return userId;
    }

    private long person(String login, String name) {
        return accounts.register(new NewAccount(login + DOMAIN, name, password, INDONESIAN)).id();
    }

    private static BusinessDetails details(DemoArtisan demo, int index) {
        Set<Craft> crafts = demo.crafts().stream().map(Craft::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Craft.class)));
        Set<Certification> certifications = new HashSet<>();
        for (String type : demo.certifications()) {
            certifications.add(new Certification(CertificationType.valueOf(type), certificateNumber(type, index)));
        }
        return new BusinessDetails(demo.business(), demo.owner(), whatsApp(index), demo.login() + DOMAIN,
                demo.regency(), demo.village(), demo.address(), crafts, demo.founded(), demo.workers(), demo.story(),
                nib(index), certifications);
    }

    private static ProductDetails details(DemoProduct demo, String owner) {
        return new ProductDetails(demo.title(), demo.storyId(), demo.storyEn(), Craft.valueOf(demo.category()),
                demo.materials(), Technique.valueOf(demo.technique()), demo.maker() == null ? owner : demo.maker(),
                null, null, demo.length(), demo.width(), demo.height(), demo.weight(), Rupiah.of(demo.price()),
                StockKind.valueOf(demo.stockKind()), demo.stock(), demo.leadTime()).inParcel(
                parcel(demo).length(), parcel(demo).width(), parcel(demo).height(), parcel(demo).weight());
    }

    private record Parcel(int length, int width, int height, int weight) {
    }

    /**
     * How the artisan would pack the piece: cloth folded into a small parcel, silver in a little box, a painting flat
     * between boards, anything else boxed with padding all round.
     */
    private static Parcel parcel(DemoProduct demo) {
        return switch (Craft.valueOf(demo.category())) {
            case TENUN_ENDEK, SONGKET, GRINGSING, FASHION -> new Parcel(35, 25, 6, demo.weight() + 150);
            case PERAK_PERHIASAN -> new Parcel(12, 10, 6, demo.weight() + 100);
            case LUKISAN -> new Parcel(demo.length() + 10, demo.width() + 10, 6, demo.weight() + 600);
            default -> new Parcel(demo.length() + 10, demo.width() + 10, demo.height() + 10, demo.weight() + 400);
        };
    }

    /** Thirteen digits, distinct per business, in the shape of a BPD Bali account number. */
    static String bankAccount(int index) {
        return "02002" + String.format("%08d", 31_000_000 + index * 7_919);
    }

    /** Thirteen digits, distinct per business, shaped like the NIB the OSS system issues. */
    static String nib(int index) {
        return "91204" + String.format("%08d", 10_000_019L * (index + 1) % 100_000_000L);
    }

    static String whatsApp(int index) {
        return "+62812" + String.format("%08d", 37_000_000 + index * 1_117);
    }

    private static String certificateNumber(String type, int index) {
        return switch (CertificationType.valueOf(type)) {
            case HALAL -> "ID5111000" + String.format("%07d", 2_300 + index);
            case SNI -> "SNI-" + String.format("%05d", 81_200 + index);
            case HAKI -> "IDM000" + String.format("%06d", 412_000 + index * 31);
            case GEOGRAPHICAL_INDICATION -> "IG.00.2019.0000" + String.format("%02d", 10 + index);
        };
    }
}
