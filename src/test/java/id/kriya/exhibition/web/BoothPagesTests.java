package id.kriya.exhibition.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.TestBooths.Setup;
import id.kriya.exhibition.TestBooths;
import id.kriya.exhibition.booth.BoothZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KriyaWebTest
class BoothPagesTests {

    static final String BOOTHS = "/officer/exhibitions/{id}/stages/{stageId}/booths";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestBooths stages;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    BoothAssignment booths;

    @Autowired
    ArtisanManagement businesses;

    @Value("${kriya.base-url}")
    String baseUrl;

    record Shown(Artisan artisan, ExhibitorView exhibitor, String name) {
    }

    Shown admit(Setup setup, BoothZone zone, Long... productIds) {
        Artisan artisan = artisans.verified("51.04");
        ExhibitorView exhibitor = roster.admit(setup.stageId(), artisan.businessId(), zone, List.of(productIds));
        return new Shown(artisan, exhibitor, businesses.find(artisan.businessId()).orElseThrow().name());
    }

    void move(Setup setup, Shown shown, String booth) {
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), shown.exhibitor().id(), booth);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    String booth(Shown shown) {
        return roster.exhibitor(shown.exhibitor().stageId(), shown.exhibitor().businessId()).orElseThrow().boothCode();
    }

    @Test
    void theOfficerSeesWhoHoldsEachBoothOnThePlanAndReachesItFromTheExhibition() throws Exception {
        Setup setup = stages.stage(2, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        Shown carver = admit(setup, BoothZone.CRAFT);
        Shown silversmith = admit(setup, BoothZone.CRAFT);
        move(setup, weaver, "K-02");

        Document exhibition = page(get("/officer/exhibitions/{id}", setup.exhibitionId()).with(user(setup.officer())));
        assertThat(exhibition.select("a[href$=/booths]").attr("href"))
                .isEqualTo("/officer/exhibitions/" + setup.exhibitionId() + "/stages/" + setup.stageId() + "/booths");

        mvc.perform(post(BOOTHS + "/auto", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())).with(csrf()))
                .andExpect(redirectedUrl("/officer/exhibitions/" + setup.exhibitionId() + "/stages/" + setup.stageId() + "/booths"))
                .andExpect(flash().attribute("flash", "exhibition.booths.drawnSomeWithout"));

        Document board = page(get(BOOTHS, setup.exhibitionId(), setup.stageId()).with(user(setup.officer())));
        assertThat(board.select("li.booth.r-1.c-2 .booth-holder").text()).isEqualTo(weaver.name());
        assertThat(board.select("li.booth.r-1.c-1 .booth-holder").text()).isEqualTo(carver.name());
        assertThat(board.select("li.booth.r-1.c-3 .booth-holder").text()).isEqualTo("kosong");
        assertThat(board.select(".booth-without").text()).contains("1 peserta belum mendapat stan", silversmith.name());
        assertThat(board.select(".booth-counts").text()).contains("Kriya: 2 dari 2 stan terisi, 3 peserta");
        assertThat(board.select("#exhibitor-" + carver.exhibitor().id() + " .holder-booth").text()).isEqualTo("Stan K-01");
        assertThat(board.select(".booth-lot").text()).contains("nomor undian " + setup.stageId());
    }

    @Test
    void aBoothAlreadyTakenIsRefusedWithItsHolderNamedAndNothingChanges() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        Shown carver = admit(setup, BoothZone.CRAFT);
        move(setup, weaver, "K-03");
        move(setup, carver, "K-01");

        Document refused = page(post(BOOTHS + "/move", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())).with(csrf())
                .param("exhibitorId", String.valueOf(carver.exhibitor().id())).param("boothCode", "K-03"));

        assertThat(refused.select(".flash.error").text()).isEqualTo("Stan K-03 sudah dipakai " + weaver.name()
                + ". Pilih stan yang kosong atau tukar stan; tidak ada yang berubah.");
        assertThat(booth(weaver)).isEqualTo("K-03");
        assertThat(booth(carver)).isEqualTo("K-01");
        assertThat(refused.select("#exhibitor-" + carver.exhibitor().id() + " .holder-booth").text()).isEqualTo("Stan K-01");

        Document english = page(post(BOOTHS + "/move", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())).with(csrf())
                .param("exhibitorId", String.valueOf(carver.exhibitor().id())).param("boothCode", "K-03").param("lang", "en"));
        assertThat(english.select(".flash.error").text()).startsWith("Booth K-03 is already taken by " + weaver.name());
    }

    @Test
    void theOfficerMovesAndSwapsThroughTheForms() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        Shown carver = admit(setup, BoothZone.CRAFT);
        move(setup, weaver, "K-01");

        mvc.perform(post(BOOTHS + "/move", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())).with(csrf())
                        .param("exhibitorId", String.valueOf(carver.exhibitor().id())).param("boothCode", "K-02"))
                .andExpect(flash().attribute("flash", "exhibition.booths.moved"));
        mvc.perform(post(BOOTHS + "/swap", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())).with(csrf())
                        .param("exhibitorId", String.valueOf(carver.exhibitor().id()))
                        .param("otherId", String.valueOf(weaver.exhibitor().id())))
                .andExpect(flash().attribute("flash", "exhibition.booths.swapped"));

        assertThat(booth(weaver)).isEqualTo("K-02");
        assertThat(booth(carver)).isEqualTo("K-01");
        Document board = page(get(BOOTHS, setup.exhibitionId(), setup.stageId()).with(user(setup.officer())));
        assertThat(board.select("label[for=move-" + weaver.exhibitor().id() + "]").text()).isEqualTo("Pindah ke stan");
        assertThat(board.select("#move-" + weaver.exhibitor().id() + " option").eachText())
                .containsExactly("K-01 (" + carver.name() + ")", "K-02 (" + weaver.name() + ")", "K-03 (kosong)");
    }

    @Test
    void officersOutsideTheOrganisersAreaFindNothingAndStrangersMustSignIn() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        KriyaUser regency = people.officerOf("51.04");

        mvc.perform(get(BOOTHS, setup.exhibitionId(), setup.stageId()).with(user(regency))).andExpect(status().isNotFound());
        mvc.perform(get(BOOTHS + "/sheets", setup.exhibitionId(), setup.stageId()).with(user(regency))).andExpect(status().isNotFound());
        mvc.perform(post(BOOTHS + "/move", setup.exhibitionId(), setup.stageId()).with(user(regency)).with(csrf())
                        .param("exhibitorId", String.valueOf(weaver.exhibitor().id())).param("boothCode", "K-01"))
                .andExpect(status().isNotFound());
        assertThat(booth(weaver)).isNull();

        mvc.perform(get(BOOTHS, setup.exhibitionId(), setup.stageId())).andExpect(redirectedUrlPattern("/signin?continue=/**"));
        mvc.perform(get("/my/exhibitions")).andExpect(redirectedUrl("/signin?continue=/my/exhibitions"));
        mvc.perform(get("/my/exhibitions/{stageId}/sheet", setup.stageId())).andExpect(redirectedUrlPattern("/signin?continue=/**"));
        // A stage of another exhibition is not this one's.
        Setup other = stages.stage(3, 1);
        mvc.perform(get(BOOTHS, setup.exhibitionId(), other.stageId()).with(user(setup.officer()))).andExpect(status().isNotFound());
    }

    @Test
    void anArtisanPrintsTheSheetOfTheirOwnStageOnlyWithBoothRulesProductsAndQr() throws Exception {
        Setup setup = stages.stage(3, 1);
        Artisan weaverArtisan = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaverArtisan, aProduct().titled("Kain Songket Emas").pricedAt(2_500_000));
        roster.admit(setup.stageId(), weaverArtisan.businessId(), BoothZone.CRAFT, List.of(cloth.id()));
        ExhibitorView weaver = roster.exhibitor(setup.stageId(), weaverArtisan.businessId()).orElseThrow();
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-03");
        Shown stranger = admit(stages.stage(3, 1), BoothZone.CRAFT);

        Document mine = page(get("/my/exhibitions").with(user(weaverArtisan.user())));
        assertThat(mine.select(".my-stages h2").eachText()).containsExactly(setup.exhibition().title());
        assertThat(mine.select(".my-booth").text()).isEqualTo("Stan K-03");

        Document sheet = page(get("/my/exhibitions/{stageId}/sheet", setup.stageId()).with(user(weaverArtisan.user())));
        assertThat(sheet.select(".exhibitor-sheet h1").text()).isEqualTo(setup.exhibition().title());
        assertThat(sheet.select(".sheet-booth").text()).isEqualTo("K-03, ukuran 3x3 m, zona Kriya");
        assertThat(sheet.select(".sheet-facts").text()).contains("Jl. Nusa Indah, Denpasar", "Setiap hari pukul 10.00–21.00 WITA");
        assertThat(sheet.select(".sheet-rules li")).hasSize(7);
        assertThat(sheet.select(".sheet-rules").text()).contains("Satu penjaga untuk setiap stan", "QRIS");
        assertThat(sheet.select(".sheet-products td").eachText()).contains("Kain Songket Emas");
        assertThat(sheet.select(".sheet-qr img").attr("src")).isEqualTo("/exhibitions/" + setup.exhibition().slug()
                + "/stages/1/booths/K-03/qr.png");

        mvc.perform(get("/my/exhibitions/{stageId}/sheet", stranger.exhibitor().stageId()).with(user(weaverArtisan.user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/exhibitions/{stageId}/sheet", setup.stageId()).with(user(stranger.artisan().user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/exhibitions").with(user(stranger.artisan().user())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(setup.exhibition().title()))));
    }

    @Test
    void theOfficerPrintsEverySheetOfAStage() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        Shown cook = admit(setup, BoothZone.CULINARY);
        booths.assignAutomatically(setup.officer().id(), setup.exhibitionId(), setup.stageId());

        Document sheets = page(get(BOOTHS + "/sheets", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())));

        assertThat(sheets.select(".exhibitor-sheet .sheet-exhibitor").eachText()).containsExactly(weaver.name(), cook.name());
        assertThat(sheets.select(".exhibitor-sheet").get(1).select(".sheet-booth").text()).isEqualTo("F-01, ukuran 2x2 m, zona Kuliner");
    }

    @Test
    void theBoothQrOpensTheShopOfItsHolder() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        move(setup, weaver, "K-02");
        String slug = businesses.find(weaver.artisan().businessId()).orElseThrow().slug();

        byte[] png = mvc.perform(get("/exhibitions/{slug}/stages/1/booths/K-02/qr.png", setup.exhibition().slug()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(text).isEqualTo(baseUrl.replaceAll("/+$", "") + "/artisans/" + slug + "?from=booth-K-02");

        mvc.perform(get("/exhibitions/{slug}/stages/1/booths/K-01/qr.png", setup.exhibition().slug()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exhibitions/{slug}/stages/9/booths/K-02/qr.png", setup.exhibition().slug()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVenuePlanDroppingAHeldBoothIsRefusedBesideThePlan() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        move(setup, weaver, "K-02");

        Document refused = page(post("/officer/venues/{id}", setup.venueId()).with(user(setup.officer())).with(csrf())
                .param("name", "Gedung Baru").param("address", "Jl. Nusa Indah, Denpasar").param("regionCode", "51.71")
                .param("booths", "K-01;3x3 m;CRAFT;1;1\nK-03;3x3 m;CRAFT;1;3"));

        assertThat(refused.select("#booths-error").text()).isEqualTo("Stan K-02 dipakai peserta tahap yang sedang "
                + "berjalan atau akan datang: stan itu harus tetap ada di denah, di zona yang sama.");
        assertThat(booths.board(setup.officer().id(), setup.exhibitionId(), setup.stageId()).booths()).hasSize(4);
    }

    @Test
    void sheetsComeAsAPdfWithOnePagePerExhibitorForTheOfficerAndOneForTheArtisan() throws Exception {
        Setup setup = stages.stage(3, 1);
        Shown weaver = admit(setup, BoothZone.CRAFT);
        admit(setup, BoothZone.CULINARY);
        booths.assignAutomatically(setup.officer().id(), setup.exhibitionId(), setup.stageId());

        byte[] all = mvc.perform(get(BOOTHS + "/sheets.pdf", setup.exhibitionId(), setup.stageId()).with(user(setup.officer())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(all);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains(setup.exhibition().title(), weaver.name(), "K-01, ukuran 3x3 m, zona Kriya",
                "Satu penjaga untuk setiap stan");

        byte[] mine = mvc.perform(get("/my/exhibitions/{stageId}/sheet.pdf", setup.stageId()).with(user(weaver.artisan().user())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new PdfReader(mine).getNumberOfPages()).isEqualTo(1);
        mvc.perform(get(BOOTHS + "/sheets.pdf", setup.exhibitionId(), setup.stageId()).with(user(people.officerOf("51.04"))))
                .andExpect(status().isNotFound());
    }
}
