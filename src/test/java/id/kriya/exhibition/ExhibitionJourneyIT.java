package id.kriya.exhibition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.kriya.PhoneBrowser;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.curation.ApplicationResult;
import id.kriya.curation.ApplicationStatus;
import id.kriya.curation.ApplicationView;
import id.kriya.curation.Applying;
import id.kriya.curation.CallDetails;
import id.kriya.curation.CallManagement;
import id.kriya.curation.Criterion;
import id.kriya.curation.CuratorDesk;
import id.kriya.curation.Entry;
import id.kriya.exhibition.booth.BoothView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.qris.QrisPayload;
import id.kriya.payment.qris.TestQris;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5's "Done when" on a phone-sized screen: officers set up "Pameran IKM Bali Bangkit" with two stages at Gedung
 * Ksirarnawa; thirty artisans apply; three curators score blind; the selection honours the quotas and the rotation;
 * booths are assigned; an exhibitor sells a one-of-a-kind piece at the booth by QRIS and it is no longer for sale
 * online; the online stage page and the digital exhibition show; the catalog PDF and the report come out right.
 * <p>
 * The human steps go through the browser; the bulk (most applications and scores) through the services, as the
 * people would through the same pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExhibitionJourneyIT {

    static final List<Criterion> RUBRIC = List.of(
            new Criterion("Kualitas karya", "Quality of work", 40),
            new Criterion("Keaslian", "Authenticity", 30),
            new Criterion("Kemasan", "Packaging", 20),
            new Criterion("Cerita", "Story", 10));
    static final String STATEMENT = "Kami menenun kain dengan pewarna alam dan motif yang diwariskan turun-temurun.";
    static final String PLAN = String.join("\n", "K-01;3x3 m;CRAFT;1;1", "K-02;3x3 m;CRAFT;1;2", "K-03;3x3 m;CRAFT;1;3",
            "K-04;3x3 m;CRAFT;1;4", "K-05;3x3 m;CRAFT;2;1", "K-06;3x3 m;CRAFT;2;2", "F-01;2x2 m;CULINARY;3;1",
            "F-02;2x2 m;CULINARY;3;2");
    static final List<String> FILLER_REGIONS = List.of("51.01", "51.02", "51.03", "51.05", "51.06", "51.07", "51.08",
            "51.71");
    static final long PIECE_PRICE = 1_250_000;
    static final int REGION_QUOTA = 2;
    static final int GIANYAR_QUOTA = 1;
    static final int CRAFT_QUOTA = 5;

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ArtisanManagement businesses;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    BoothAssignment booths;

    @Autowired
    CallManagement calls;

    @Autowired
    Applying applying;

    @Autowired
    CuratorDesk desk;

    @Autowired
    PaymentSettings payments;

    @Autowired
    ShoppingCart cart;

    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void launch() {
        browser = PhoneBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh visitor whose console errors (CSP violations among them) are collected. */
    Page visitor() {
        Page page = browser.newVisitor();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    Page signedIn(KriyaUser user) {
        Page page = visitor();
        page.navigate(url("/signin"));
        page.locator("#email").fill(user.email());
        page.locator("#password").fill(TestPeople.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    static void save(Page page) {
        page.locator("form.stacked button[type=submit]").first().click();
    }

    static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** An applicant, how each curator scores it (same for all, so its average is known) and its application. */
    record Applicant(Artisan artisan, String regionCode, BoothZone zone, List<Integer> scores, ProductView product) {
    }

    @Test
    void officersCuratorsAndArtisansRunPameranIkmBaliBangkitFromCallToReport() throws Exception {
        String token = ArtisanMother.token();
        KriyaUser officer = people.officerOf("51");
        Page office = signedIn(officer);

        // 1. The venue with its booth plan, the hybrid exhibition and its two stages, all from the officer's phone.
        String venueName = "Gedung Ksirarnawa " + token;
        office.navigate(url("/officer/venues/new"));
        office.locator("#name").fill(venueName);
        office.locator("#address").fill("Jl. Nusa Indah, Denpasar");
        office.locator("#regionCode").fill("51.71");
        office.locator("#booths").fill(PLAN);
        save(office);
        assertThat(office).hasURL(Pattern.compile(".*/officer/venues$"));
        assertThat(office.locator("main")).containsText(venueName);
        VenueView venue = exhibitions.venuesOf(officer.id()).stream().filter(v -> v.name().equals(venueName))
                .findFirst().orElseThrow();
        assertThat(venue.booths()).hasSize(8);

        String title = "Pameran IKM Bali Bangkit " + token;
        office.navigate(url("/officer/exhibitions/new"));
        office.locator("#title").fill(title);
        office.locator("#story").fill("IKM Bali bangkit: kriya dari sembilan kabupaten/kota.");
        office.locator("#organiserCode").fill("51");
        office.locator("#mode").selectOption("HYBRID");
        save(office);
        assertThat(office).hasURL(Pattern.compile(".*/officer/exhibitions/\\d+$"));
        long exhibitionId = Long.parseLong(office.url().substring(office.url().lastIndexOf('/') + 1));

        LocalDate today = exhibitions.today();
        addStage(office, exhibitionId, 1, "Denpasar", today, today.plusDays(4), venue.id());
        addStage(office, exhibitionId, 2, "Denpasar Akhir Tahun", today.plusDays(40), today.plusDays(44), venue.id());
        PhoneBrowser.screenshot(office, "journey-exhibition");
        ExhibitionView exhibition = exhibitions.exhibitionOf(officer.id(), exhibitionId);
        assertThat(exhibition.mode()).isEqualTo(ExhibitionMode.HYBRID);
        assertThat(exhibition.stages()).hasSize(2);
        long stageOne = exhibition.stages().stream().filter(s -> s.number() == 1).findFirst().orElseThrow().id();
        long stageTwo = exhibition.stages().stream().filter(s -> s.number() == 2).findFirst().orElseThrow().id();
        assertThat(exhibition.stages()).allSatisfy(stage -> assertThat(stage.venue().id()).isEqualTo(venue.id()));

        // 2. The call: a rubric of four, Gianyar at most one IKM a stage, every other regency two, five craft booths.
        Instant now = Instant.now();
        Map<String, Integer> regionQuotas = new HashMap<>();
        FILLER_REGIONS.forEach(code -> regionQuotas.put(code, REGION_QUOTA));
        regionQuotas.put("51.04", GIANYAR_QUOTA);
        long callId = calls.open(officer.id(), exhibitionId, new CallDetails("Panggilan " + title,
                List.of(stageOne, stageTwo), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), 3, 500, 5,
                50, true, now.plus(Duration.ofDays(14)), Set.of(), Set.of(), RUBRIC, regionQuotas,
                Map.of(BoothZone.CRAFT, CRAFT_QUOTA, BoothZone.CULINARY, 2)));
        KriyaUser denpasarCurator = curator(officer, callId, "51.71");
        KriyaUser gianyarCurator = curator(officer, callId, "51.04");
        KriyaUser badungCurator = curator(officer, callId, "51.03");
        List<KriyaUser> curators = List.of(denpasarCurator, gianyarCurator, badungCurator);
        Map<Long, String> homes = Map.of(denpasarCurator.id(), "51.71", gianyarCurator.id(), "51.04",
                badungCurator.id(), "51.03");

        // 3. Thirty verified IKM with published products apply. Two showed at an earlier exhibition (rotation).
        Artisan seller = artisans.verified("51.04");
        payments.useQris(seller.user().id(), TestQris.staticFor("TENUN GIANYAR BANGKIT", "GIANYAR"));
        ProductView piece = artisans.published(seller,
                aProduct().titled("Kain Songket Benang Emas " + token).pricedAt(PIECE_PRICE).oneOfAKind());
        ProductView scarf = artisans.published(seller,
                aProduct().titled("Selendang Songket Ruang " + token).pricedAt(450_000).limited(4));
        List<Applicant> applicants = new ArrayList<>();
        Applicant top = new Applicant(seller, "51.04", BoothZone.CRAFT, List.of(5, 5, 5, 5), piece);
        Applicant runnerUp = applicant("51.04", BoothZone.CRAFT, List.of(5, 5, 5, 4));
        Applicant veteran = applicant("51.04", BoothZone.CRAFT, List.of(5, 5, 5, 5));
        Applicant otherVeteran = applicant("51.05", BoothZone.CRAFT, List.of(5, 5, 5, 5));
        applicants.addAll(List.of(top, runnerUp, veteran, otherVeteran));
        for (int i = 0; applicants.size() < 30; i++) {
            int value = List.of(4, 3, 2).get(i % 3);
            applicants.add(applicant(FILLER_REGIONS.get(i % FILLER_REGIONS.size()),
                    i % 5 == 0 ? BoothZone.CULINARY : BoothZone.CRAFT, List.of(value, value, value, value)));
        }
        ExhibitionView earlier = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran Lalu " + token, "Pameran tahun lalu.", "51", ExhibitionMode.ONLINE));
        exhibitions.addStage(officer.id(), earlier.id(), new StageDetails(1, "Tahap Lalu", today.minusDays(400),
                today.minusDays(395), null, Map.of()));
        long earlierStage = exhibitions.exhibitionOf(officer.id(), earlier.id()).stages().get(0).id();
        roster.admit(earlierStage, veteran.artisan().businessId(), BoothZone.CRAFT, List.of());
        roster.admit(earlierStage, otherVeteran.artisan().businessId(), BoothZone.CRAFT, List.of());

        // The seller and the runner-up apply from their phones; the other twenty-eight through the service the form
        // uses.
        Page sellerPhone = signedIn(seller.user());
        applyFromThePhone(sellerPhone, callId, piece, stageOne);
        applyFromThePhone(signedIn(runnerUp.artisan().user()), callId, runnerUp.product(), stageOne);
        Map<Long, ApplicationView> applications = new HashMap<>();
        for (Applicant applicant : List.of(top, runnerUp)) {
            ApplicationView sent = applying.call(applicant.artisan().user().id(), callId).application();
            assertThat(sent.status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(sent.preferredStageId()).isEqualTo(stageOne);
            applications.put(applicant.artisan().businessId(), sent);
        }
        for (int i = 2; i < applicants.size(); i++) {
            Applicant applicant = applicants.get(i);
            Long preferred = i < 4 ? Long.valueOf(stageOne) : List.of(stageOne, stageTwo).get(i % 2);
            applications.put(applicant.artisan().businessId(), applying.apply(applicant.artisan().user().id(), callId,
                    new Entry(List.of(applicant.product().id()), STATEMENT, applicant.zone(), i % 7 == 0 ? null : preferred)));
        }
        assertThat(applications).hasSize(30);

        // 4. Entries close; three curators score blind, each kept off the IKM of their own council.
        office.navigate(url("/officer/calls/" + callId));
        press(office, "Tutup pendaftaran sekarang");
        assertThat(office.locator("main")).containsText(callTitle(title));

        String topCode = applications.get(seller.businessId()).blindCode();
        Page curatorPhone = signedIn(denpasarCurator);
        curatorPhone.navigate(url("/curator/calls/" + callId));
        ArtisanProfile sellerBusiness = businesses.find(seller.businessId()).orElseThrow();
        assertThat(curatorPhone.locator("main").innerText()).contains(topCode)
                .doesNotContain(sellerBusiness.name()).doesNotContain("Gianyar");
        curatorPhone.locator("a[href$='/applications/" + topCode + "']").click();
        assertThat(curatorPhone.locator("main")).containsText("Kain Songket Benang Emas " + token);
        String blindText = curatorPhone.locator("main").innerText();
        assertThat(blindText).contains(topCode).contains(STATEMENT).doesNotContain(sellerBusiness.name())
                .doesNotContain(sellerBusiness.ownerName()).doesNotContain("Gianyar").doesNotContain("51.04")
                .doesNotContain(seller.user().email());
        assertThat(curatorPhone.locator("a[href*='/products/'], a[href*='/artisans/']")).hasCount(0);
        for (int i = 0; i < RUBRIC.size(); i++) {
            curatorPhone.locator("#score-" + i).selectOption(String.valueOf(top.scores().get(i)));
        }
        curatorPhone.locator("#comment").fill("Benang emasnya rapi, motif kuat.");
        press(curatorPhone, "Simpan nilai");
        assertThat(curatorPhone).hasURL(Pattern.compile(".*/curator/calls/" + callId + "$"));
        PhoneBrowser.screenshot(curatorPhone, "journey-curator");
        assertThat(desk.application(denpasarCurator.id(), callId, topCode).myScores()).isEqualTo(top.scores());
        assertThat(desk.applications(gianyarCurator.id(), callId)).extracting(CuratorDesk.BlindLine::code)
                .as("a Gianyar curator never sees Gianyar's IKM").doesNotContain(topCode);

        for (Applicant applicant : applicants) {
            String code = applications.get(applicant.artisan().businessId()).blindCode();
            for (KriyaUser curator : curators) {
                boolean ownCouncil = homes.get(curator.id()).equals(applicant.regionCode());
                boolean done = applicant == top && curator == denpasarCurator;
                if (!ownCouncil && !done) {
                    desk.score(curator.id(), callId, code, applicant.scores(), null);
                }
            }
        }

        // 5. Scoring closes and the proposal honours the quotas and lets those who have not shown yet go first.
        office.navigate(url("/officer/calls/" + callId));
        press(office, "Tutup penilaian");
        press(office, "Susun usulan peserta");
        assertThat(office.locator("ul.proposal-summary")).isVisible();
        Map<Long, ApplicationResult> results = calls.results(officer.id(), callId).stream()
                .collect(Collectors.toMap(result -> result.application().businessId(), Function.identity()));
        assertThat(results).hasSize(30);
        assertQuotas(results.values(), stageOne, stageTwo);
        ApplicationResult topResult = results.get(top.artisan().businessId());
        ApplicationResult runnerUpResult = results.get(runnerUp.artisan().businessId());
        ApplicationResult veteranResult = results.get(veteran.artisan().businessId());
        assertThat(veteranResult.appearances()).isEqualTo(1);
        assertThat(veteranResult.average()).isEqualTo(100.0);
        assertThat(runnerUpResult.average()).isEqualTo(98.0);
        assertThat(topResult.proposedOutcome()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(topResult.proposedStageId()).isEqualTo(stageOne);
        assertThat(runnerUpResult.proposedOutcome()).as("Gianyar's one seat at stage I is taken: stage II")
                .isEqualTo(ApplicationStatus.SELECTED);
        assertThat(runnerUpResult.proposedStageId()).isEqualTo(stageTwo);
        assertThat(veteranResult.proposedOutcome()).as("rotation: shown before, so behind a lower score")
                .isEqualTo(ApplicationStatus.WAITLISTED);
        com.microsoft.playwright.Locator veteranRow = office.locator("table.results tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(applications.get(veteran.artisan().businessId()).blindCode()));
        assertThat(veteranRow.locator("td.amount").first()).hasText("100.0");
        assertThat(veteranRow.locator("td.amount").nth(3)).hasText("1"); // shown once before
        assertThat(veteranRow.locator("td").last()).containsText("Daftar tunggu");
        assertThat(office.locator("ul.proposal-summary li").allInnerTexts())
                .anySatisfy(line -> assertThat(line).startsWith("1. Denpasar: "))
                .anySatisfy(line -> assertThat(line).startsWith("2. Denpasar Akhir Tahun: "));
        assertThat(results.values()).filteredOn(result -> result.average() < 50)
                .allSatisfy(result -> assertThat(result.proposedOutcome()).isEqualTo(ApplicationStatus.NOT_SELECTED));

        // An officer takes a waitlisted IKM off the list, with a reason, and publishes.
        ApplicationResult dropped = results.values().stream()
                .filter(result -> result.proposedOutcome() == ApplicationStatus.WAITLISTED && result != veteranResult)
                .findFirst().orElseThrow();
        office.navigate(url("/officer/calls/" + callId + "/applications/" + dropped.application().id()));
        office.locator("#outcome").selectOption("NOT_SELECTED");
        office.locator("#reason").fill("Produk yang diajukan sama dengan peserta lain dari desanya.");
        press(office, "Simpan perubahan");
        assertThat(office).hasURL(Pattern.compile(".*/officer/calls/" + callId + "$"));
        assertThat(office.locator("ul.adjustments")).containsText(dropped.application().blindCode());
        press(office, "Umumkan hasil");
        PhoneBrowser.screenshot(office, "journey-call");
        assertThat(calls.results(officer.id(), callId)).filteredOn(r -> r.application().id() == dropped.application().id())
                .singleElement().satisfies(r -> assertThat(r.application().status()).isEqualTo(ApplicationStatus.NOT_SELECTED));
        List<ExhibitorView> atStageOne = roster.exhibitorsOf(stageOne);
        List<ExhibitorView> atStageTwo = roster.exhibitorsOf(stageTwo);
        assertThat(atStageOne).extracting(ExhibitorView::businessId).contains(seller.businessId());
        assertThat(atStageTwo).extracting(ExhibitorView::businessId).contains(runnerUp.artisan().businessId());
        assertThat(atStageOne.size() + atStageTwo.size()).isEqualTo(results.values().stream()
                .filter(r -> r.proposedOutcome() == ApplicationStatus.SELECTED).count());

        // 6. Booths: the officer presses "assign automatically"; stage II's are drawn the same way.
        office.navigate(url("/officer/exhibitions/" + exhibitionId + "/stages/" + stageOne + "/booths"));
        press(office, "Bagi stan otomatis");
        assertThat(office.locator(".flash")).isVisible();
        PhoneBrowser.screenshot(office, "journey-booths");
        booths.assignAutomatically(officer.id(), exhibitionId, stageTwo);
        Map<String, BoothZone> zones = venue.booths().stream()
                .collect(Collectors.toMap(BoothView::code, BoothView::zone));
        for (long stage : List.of(stageOne, stageTwo)) {
            List<ExhibitorView> shown = roster.exhibitorsOf(stage);
            assertThat(shown).isNotEmpty().allSatisfy(exhibitor -> {
                assertThat(exhibitor.boothCode()).as("booth of %s", exhibitor.businessId()).isNotNull();
                assertThat(zones.get(exhibitor.boothCode())).isEqualTo(exhibitor.zone());
            });
            assertThat(shown).extracting(ExhibitorView::boothCode).doesNotHaveDuplicates();
        }

        // 7. At the booth, the seller sells the one-of-a-kind piece by QRIS from the phone.
        sellerPhone.navigate(url("/my/exhibitions/" + stageOne + "/sales"));
        sellerPhone.locator("input[name=product][value='" + piece.id() + "']").check();
        sellerPhone.locator("#quantity").fill("1");
        sellerPhone.locator("input[name=method][value=QRIS]").check();
        press(sellerPhone, "Catat penjualan");
        assertThat(sellerPhone.locator(".sale-amount")).hasText("Rp1.250.000");
        String src = sellerPhone.locator(".sale-qris img").getAttribute("src");
        APIResponse qr = sellerPhone.context().request().get(url(src));
        assertThat(qr.headers().get("content-type")).isEqualTo("image/png");
        QrisPayload scanned = QrisPayload.parse(TestQris.decode(qr.body()));
        assertThat(scanned.amount()).contains(Long.toString(PIECE_PRICE));
        assertThat(scanned.merchantName()).isEqualTo("TENUN GIANYAR BANGKIT");
        PhoneBrowser.screenshot(sellerPhone, "journey-booth-sale");
        press(sellerPhone, "Sudah dibayar");
        assertThat(sellerPhone).hasURL(Pattern.compile(".*/my/exhibitions/" + stageOne + "/sales(\\?.*)?$"));
        assertThat(artisans.reload(seller, piece.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);

        Page buyer = visitor();
        buyer.navigate(url("/products/" + piece.slug()));
        assertThat(buyer.locator("h1")).containsText("Kain Songket Benang Emas");
        assertThat(buyer.locator("form.buy")).hasCount(0);
        assertThatThrownBy(() -> cart.add(CartOwner.guest(UUID.randomUUID().toString()), piece.id(), 1))
                .isInstanceOf(ProductNotFoundException.class);

        // 8. The stage page online, and a digital exhibition with a room of works.
        buyer.navigate(url("/exhibitions/" + exhibition.slug() + "/stages/1"));
        assertThat(buyer.locator("h1")).hasText("Tahap 1: Denpasar");
        assertThat(buyer.locator("main")).containsText(sellerBusiness.name());
        assertThat(buyer.locator(".badge.curated").first()).isVisible();
        PhoneBrowser.screenshot(buyer, "journey-stage");

        ExhibitionView online = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran Daring Bali Bangkit " + token, "Ruang pamer digital.", "51", ExhibitionMode.ONLINE));
        exhibitions.addStage(officer.id(), online.id(), new StageDetails(1, "Daring", today.minusDays(1),
                today.plusDays(30), null, Map.of()));
        RoomView room = exhibitions.addRoom(officer.id(), online.id(), new RoomDetails(1, "Songket Gianyar",
                "Benang emas dari Sidan.", List.of(scarf.id())));
        buyer.navigate(url("/exhibitions/" + online.slug()));
        buyer.locator(".room-list a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Songket Gianyar")).click();
        assertThat(buyer).hasURL(Pattern.compile(".*/exhibitions/" + online.slug() + "/rooms/" + room.slug() + "$"));
        assertThat(buyer.locator(".room-statement")).hasText("Benang emas dari Sidan.");
        assertThat(buyer.locator(".room-work h3")).hasText("Selendang Songket Ruang " + token);
        PhoneBrowser.screenshot(buyer, "journey-room");

        // 9. The catalog PDF and the officers' report.
        APIResponse catalog = buyer.context().request().get(url("/exhibitions/" + exhibition.slug() + "/catalog.pdf"));
        assertThat(catalog.status()).isEqualTo(200);
        assertThat(catalog.headers().get("content-type")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(catalog.body());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains(title).contains(sellerBusiness.name());

        office.navigate(url("/officer/exhibitions/" + exhibitionId + "/report"));
        assertThat(office.locator(".report-part").first().locator(".figure-booth")).containsText("Rp1.250.000");
        PhoneBrowser.screenshot(office, "journey-report");
        APIResponse xlsx = office.context().request().get(url("/officer/exhibitions/" + exhibitionId + "/report.xlsx"));
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(numbers(workbook)).contains((double) PIECE_PRICE);
        }

        // 10. Nothing went wrong in any page's console.
        assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }

    void applyFromThePhone(Page phone, long callId, ProductView product, long stageId) {
        phone.navigate(url("/my/applications/" + callId));
        phone.locator("input[name=productIds][value='" + product.id() + "']").check();
        phone.locator("#statement").fill(STATEMENT);
        phone.locator("#zone").selectOption("CRAFT");
        phone.locator("#preferredStageId").selectOption(String.valueOf(stageId));
        press(phone, "Kirim lamaran");
        assertThat(phone).hasURL(Pattern.compile(".*/my/applications/" + callId + "$"));
        assertThat(phone.locator("main")).containsText("Terkirim");
    }

    static String callTitle(String title) {
        return "Panggilan " + title;
    }

    void addStage(Page page, long exhibitionId, int number, String title, LocalDate start, LocalDate end, long venueId) {
        page.navigate(url("/officer/exhibitions/" + exhibitionId + "/stages/new"));
        page.locator("#number").fill(String.valueOf(number));
        page.locator("#title").fill(title);
        page.locator("#start").fill(start.toString());
        page.locator("#end").fill(end.toString());
        page.locator("#venueId").selectOption(String.valueOf(venueId));
        page.locator("#capacity-CRAFT").fill("6");
        page.locator("#capacity-CULINARY").fill("2");
        save(page);
        assertThat(page).hasURL(Pattern.compile(".*/officer/exhibitions/" + exhibitionId + "$"));
    }

    KriyaUser curator(KriyaUser officer, long callId, String homeCouncil) {
        KriyaUser person = people.buyer();
        accounts.grant(person.id(), Role.CURATOR);
        calls.assignCurator(officer.id(), callId, person.email(), homeCouncil);
        return people.reload(person);
    }

    Applicant applicant(String regionCode, BoothZone zone, List<Integer> scores) {
        Artisan artisan = artisans.verified(regionCode);
        ProductView product = artisans.published(artisan, aProduct().titled(zone == BoothZone.CULINARY
                ? "Kue Bali Klepon" : "Kain tenun motif cemplong"));
        return new Applicant(artisan, regionCode, zone, scores, product);
    }

    /** Per stage: no regency above its quota, no zone above its quota or the stage's booths. */
    static void assertQuotas(java.util.Collection<ApplicationResult> results, long stageOne, long stageTwo) {
        for (long stage : List.of(stageOne, stageTwo)) {
            List<ApplicationResult> selected = results.stream()
                    .filter(r -> r.proposedOutcome() == ApplicationStatus.SELECTED && r.proposedStageId() == stage)
                    .toList();
            assertThat(selected).isNotEmpty();
            Map<String, Long> byRegion = selected.stream()
                    .collect(Collectors.groupingBy(ApplicationResult::regionCode, Collectors.counting()));
            byRegion.forEach((region, count) -> assertThat(count).as("IKM of %s at stage %d", region, stage)
                    .isLessThanOrEqualTo(region.equals("51.04") ? GIANYAR_QUOTA : REGION_QUOTA));
            Map<BoothZone, Long> byZone = selected.stream()
                    .collect(Collectors.groupingBy(r -> r.application().zone(), Collectors.counting()));
            assertThat(byZone.getOrDefault(BoothZone.CRAFT, 0L)).isLessThanOrEqualTo(CRAFT_QUOTA);
            assertThat(byZone.getOrDefault(BoothZone.CULINARY, 0L)).isLessThanOrEqualTo(2);
        }
        Set<Long> ids = new HashSet<>();
        results.forEach(r -> assertThat(ids.add(r.application().id())).isTrue());
    }

    static List<Double> numbers(XSSFWorkbook workbook) {
        List<Double> numbers = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(cell.getNumericCellValue());
                    }
                }
            }
        }
        return numbers;
    }
}
