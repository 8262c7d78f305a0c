package id.kriya.exhibition.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.CuratedProducts;
import id.kriya.catalog.ProductStock;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.exhibition.showcase.Showcase;
import id.kriya.exhibition.showcase.StageShowcase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
class StagePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ArtisanManagement businesses;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    Showcase showcase;

    @Autowired
    CuratedProducts curated;

    @Autowired
    ProductStock stock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    KriyaUser officer;
    ExhibitionView exhibition;
    long firstStage;
    long secondStage;
    Artisan weaver;
    Artisan silversmith;
    String weaverName;
    String silversmithName;
    ProductView endek;
    ProductView soldOut;
    ProductView draft;
    ProductView ring;

    @BeforeEach
    void anExhibitionWithTwoStagesAndTwoIkmFromTwoRegencies() {
        officer = people.officerOf("51");
        exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran IKM Bali Bangkit " + ArtisanMother.token(), "IKM Bali bangkit bersama. " + "Kisah. ".repeat(200),
                "51", ExhibitionMode.ONLINE));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Gianyar dan Karangasem",
                exhibitions.today().minusDays(1), exhibitions.today().plusDays(5), null, Map.of()));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(2, "Badung",
                exhibitions.today().plusDays(30), exhibitions.today().plusDays(36), null, Map.of()));
        exhibition = exhibitions.exhibitionOf(officer.id(), exhibition.id());
        firstStage = exhibition.stages().get(0).id();
        secondStage = exhibition.stages().get(1).id();

        weaver = artisans.verified("51.07");
        silversmith = artisans.verified("51.04");
        weaverName = businesses.find(weaver.businessId()).orElseThrow().name();
        silversmithName = businesses.find(silversmith.businessId()).orElseThrow().name();
        endek = artisans.published(weaver, aProduct().titled("Kain Endek Sidemen").pricedAt(1_250_000));
        soldOut = artisans.published(weaver, aProduct().titled("Songket Tunggal").oneOfAKind().pricedAt(3_000_000));
        draft = artisans.draft(weaver, aProduct().titled("Kain Belum Terbit"));
        ring = artisans.published(silversmith, aProduct().titled("Cincin Perak Celuk").pricedAt(750_000));
        transactions.executeWithoutResult(status -> {
            curated.mark(List.of(endek.id(), ring.id()));
            stock.take(soldOut.id(), 1);
        });
        roster.admit(firstStage, weaver.businessId(), BoothZone.CRAFT, List.of(endek.id(), soldOut.id(), draft.id()));
        roster.admit(firstStage, silversmith.businessId(), BoothZone.CRAFT, List.of(ring.id()));
    }

    String stageUrl(int number) {
        return "/exhibitions/" + exhibition.slug() + "/stages/" + number;
    }

    Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void stagePageListsExhibitorsByRegencyWithTheirPublicProductsToBuy() throws Exception {
        Document page = page(stageUrl(1), "id");

        assertThat(page.select("h1").text()).isEqualTo("Tahap 1: Gianyar dan Karangasem");
        assertThat(page.select(".stage-status").text()).isEqualTo("Sedang berlangsung");
        assertThat(page.select(".regency-group h2").eachText()).containsExactly("Gianyar", "Karangasem");
        assertThat(page.select(".exhibitor h3").eachText()).containsExactly(silversmithName, weaverName);
        Element weaverCard = page.select(".exhibitor").get(1);
        assertThat(weaverCard.select("h3 a").attr("href")).startsWith("/artisans/");
        assertThat(weaverCard.select(".shown-info > a").eachText())
                .containsExactly("Kain Endek Sidemen", "Songket Tunggal");
        Element cloth = weaverCard.select(".shown-product").get(0);
        assertThat(cloth.select(".badge.curated").text()).startsWith("Dikurasi");
        assertThat(cloth.select("form").attr("action")).isEqualTo("/cart/items");
        assertThat(cloth.select("form input[name=productId]").val()).isEqualTo(String.valueOf(endek.id()));
        assertThat(cloth.select("form input[name=_csrf]")).isNotEmpty();
        Element img = cloth.selectFirst("img");
        assertThat(img.attr("src")).isEqualTo(endek.coverId().url(id.kriya.media.PhotoSize.THUMB));
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("width")).isNotBlank();
        assertThat(img.attr("height")).isNotBlank();
        Element sold = weaverCard.select(".shown-product").get(1);
        assertThat(sold.select(".sold-out").text()).isEqualTo("Terjual");
        assertThat(sold.select("form")).isEmpty();
        assertThat(sold.select(".badge.curated")).isEmpty();
    }

    @Test
    void anEmptyStageSaysExhibitorsComeAfterCurationInBothLanguages() throws Exception {
        assertThat(page(stageUrl(2), "id").select(".empty").text()).startsWith("Peserta diumumkan setelah kurasi");
        assertThat(page(stageUrl(2), "en").select(".empty").text()).startsWith("Exhibitors are announced after curation");
        mvc.perform(get(stageUrl(9))).andExpect(status().isNotFound());
        mvc.perform(get("/exhibitions/tidak-ada/stages/1")).andExpect(status().isNotFound());
    }

    @Test
    void theExhibitionPageLinksItsStagesAndItsCatalog() throws Exception {
        Document page = page("/exhibitions/" + exhibition.slug(), "id");

        assertThat(page.select(".stage h3 a").eachAttr("href")).containsExactly(stageUrl(1), stageUrl(2));
        assertThat(page.select(".catalog-link a").attr("href")).isEqualTo("/exhibitions/" + exhibition.slug() + "/catalog.pdf");
    }

    @Test
    void aLongStageIsPagedAndReadInBatches() {
        List<Long> stages = new ArrayList<>();
        for (int i = 0; i < Showcase.PAGE_SIZE + 2; i++) {
            Artisan more = artisans.verified("51.03");
            roster.admit(secondStage, more.businessId(), BoothZone.CRAFT, List.of());
            stages.add(more.businessId());
        }

        StageShowcase first = showcase.stage(exhibition.slug(), 2, 0).orElseThrow();
        StageShowcase last = showcase.stage(exhibition.slug(), 2, 7).orElseThrow();

        assertThat(first.exhibitors()).isEqualTo(Showcase.PAGE_SIZE + 2);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.regencies().get(0).exhibitors()).hasSize(Showcase.PAGE_SIZE);
        assertThat(last.page()).isEqualTo(1);
        assertThat(last.regencies().get(0).exhibitors()).hasSize(2);
    }

    @Test
    void theCatalogPdfHasACoverTheRegenciesTheirExhibitorsAndProductPhotos() throws Exception {
        byte[] pdf = mvc.perform(get("/exhibitions/" + exhibition.slug() + "/catalog.pdf"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String cover = extractor.getTextFromPage(1);
        assertThat(cover).contains(exhibition.title()).contains("Dekranasda").contains("Tahap 1: Gianyar dan")
                .contains("Tahap 2: Badung").contains("2 IKM peserta dari 2 kabupaten/kota");
        String contents = extractor.getTextFromPage(2);
        assertThat(contents).contains("Daftar isi").contains("Gianyar").contains("Karangasem");
        StringBuilder rest = new StringBuilder();
        int images = 0;
        for (int page = 3; page <= reader.getNumberOfPages(); page++) {
            rest.append(extractor.getTextFromPage(page)).append('\n');
            images += images(reader, page);
        }
        assertThat(rest.toString()).contains("Gianyar", "Karangasem", weaverName, silversmithName,
                "Kain Endek Sidemen", "Cincin Perak Celuk", "Rp1.250.000", "Terjual")
                .doesNotContain("Kain Belum Terbit");
        assertThat(rest.indexOf(silversmithName)).isLessThan(rest.indexOf(weaverName));
        assertThat(images).as("three product photos and each exhibitor's QR code").isEqualTo(5);
        reader.close();

        byte[] stagePdf = mvc.perform(get("/exhibitions/" + exhibition.slug() + "/stages/2/catalog.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader second = new PdfReader(stagePdf);
        assertThat(new PdfTextExtractor(second).getTextFromPage(1)).contains("Badung")
                .doesNotContain("Gianyar dan Karangasem");
        second.close();
    }

    @Test
    void theCatalogFlowsRegenciesWithoutEmptyPagesWithLargePhotosAndAShopCodePerExhibitor() throws Exception {
        byte[] pdf = mvc.perform(get("/exhibitions/" + exhibition.slug() + "/catalog.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/exhibition-catalog.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);

        assertThat(reader.getNumberOfPages()).as("cover, contents, and both small regencies on one page").isEqualTo(3);
        String regencies = extractor.getTextFromPage(3);
        assertThat(regencies).contains("Gianyar", "Karangasem", weaverName, silversmithName)
                .contains("Pindai untuk membuka");
        assertThat(extractor.getTextFromPage(2)).containsPattern("Gianyar.*\\R?.*3").containsPattern("Karangasem.*\\R?.*3");

        List<int[]> sizes = imageSizes(reader, 3);
        assertThat(sizes).as("the product photos are the card renditions (up to 600 px), not 200 px thumbnails")
                .filteredOn(size -> size[0] != size[1]).hasSize(3)
                .allSatisfy(size -> assertThat(Math.max(size[0], size[1])).isGreaterThan(200));
        assertThat(sizes).as("a square QR code per exhibitor").filteredOn(size -> size[0] == size[1] && size[0] <= 400)
                .hasSize(2);
        reader.close();

        // Each QR code opens its exhibitor's shop: read them as a phone would, from the page as printed.
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "poppler-utils is not installed");
        Path dir = Files.createTempDirectory("catalog");
        Files.write(dir.resolve("catalog.pdf"), pdf);
        Process render = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "300", "-f", "3", "-l", "3", "-png",
                dir.resolve("catalog.pdf").toString(), dir.resolve("page").toString()).inheritIO().start();
        assertThat(render.waitFor()).isZero();
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(file -> file.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        Files.copy(png, Path.of("target/screenshots/exhibition-catalog-page-3.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(javax.imageio.ImageIO.read(png.toFile()))));
        List<String> codes = java.util.Arrays.stream(new com.google.zxing.multi.qrcode.QRCodeMultiReader()
                .decodeMultiple(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))).map(com.google.zxing.Result::getText).toList();
        assertThat(codes).containsExactlyInAnyOrder(
                "http://localhost:8080/artisans/" + businesses.find(weaver.businessId()).orElseThrow().slug(),
                "http://localhost:8080/artisans/" + businesses.find(silversmith.businessId()).orElseThrow().slug());
    }

    /** Width and height in pixels of each image drawn on the page. */
    static List<int[]> imageSizes(PdfReader reader, int page) {
        PdfDictionary objects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        List<int[]> sizes = new java.util.ArrayList<>();
        for (PdfName name : objects.getKeys()) {
            PdfDictionary object = (PdfDictionary) PdfReader.getPdfObject(objects.get(name));
            if (PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                sizes.add(new int[] {object.getAsNumber(PdfName.WIDTH).intValue(),
                        object.getAsNumber(PdfName.HEIGHT).intValue()});
            }
        }
        return sizes;
    }

    @Test
    void theStagePageCostsTheSameQueriesForOneExhibitorAsForFour() throws Exception {
        Artisan first = artisans.verified("51.03");
        roster.admit(secondStage, first.businessId(), BoothZone.CRAFT,
                List.of(artisans.published(first, aProduct()).id()));
        long forOne = statements(stageUrl(2));
        for (int i = 0; i < 3; i++) {
            Artisan more = artisans.verified(i == 0 ? "51.01" : "51.02");
            roster.admit(secondStage, more.businessId(), BoothZone.CRAFT, List.of(
                    artisans.published(more, aProduct()).id(), artisans.published(more, aProduct()).id()));
        }
        long forFour = statements(stageUrl(2));

        assertThat(page(stageUrl(2), "id").select(".shown-product")).hasSize(7);
        assertThat(forFour).isEqualTo(forOne);
    }

    /** Statements of the request's second run: the first fills what is kept between requests (council areas). */
    long statements(String url) throws Exception {
        // Listeners of the photos just added (the trust module compares them) count in the same statistics.
        id.kriya.EventPublications.awaitSettled(entityManagerFactory);
        mvc.perform(get(url)).andExpect(status().isOk());
        org.hibernate.stat.Statistics statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
                .getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            mvc.perform(get(url)).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    static int images(PdfReader reader, int page) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (objects == null) {
            return 0;
        }
        int count = 0;
        for (PdfName name : objects.getKeys()) {
            PdfDictionary object = (PdfDictionary) PdfReader.getPdfObject(objects.get(name));
            if (PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                count++;
            }
        }
        return count;
    }
}
