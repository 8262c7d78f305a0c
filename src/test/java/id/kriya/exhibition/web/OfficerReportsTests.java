package id.kriya.exhibition.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
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
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.TestCheckouts;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.cart.ShoppingCart;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class OfficerReportsTests {

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
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    OrderManagement orders;

    KriyaUser officer;
    ExhibitionView exhibition;
    long stageNow;
    long stageLater;
    Artisan weaver;
    ProductView scarf;

    @BeforeEach
    void anExhibitionOnNowWhoseExhibitorSoldOnline() {
        officer = people.officerOf("51");
        exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran Laporan " + ArtisanMother.token(), "Cerita.", "51", ExhibitionMode.ONLINE));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Klungkung",
                exhibitions.today().minusDays(1), exhibitions.today().plusDays(3), null, Map.of()));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(2, "Badung",
                exhibitions.today().plusDays(20), exhibitions.today().plusDays(25), null, Map.of()));
        exhibition = exhibitions.exhibitionOf(officer.id(), exhibition.id());
        stageNow = exhibition.stages().get(0).id();
        stageLater = exhibition.stages().get(1).id();

        weaver = artisans.verified("51.05");
        scarf = artisans.published(weaver, aProduct().titled("Selendang Endek Laporan").pricedAt(400_000).limited(10));
        ProductView other = artisans.published(weaver, aProduct().titled("Kain Tak Terjual").limited(3));
        roster.admit(stageNow, weaver.businessId(), BoothZone.CRAFT, List.of(scarf.id(), other.id()));
        roster.admit(stageLater, weaver.businessId(), BoothZone.CRAFT, List.of(scarf.id()));
        Artisan silversmith = artisans.verified("51.04");
        roster.admit(stageNow, silversmith.businessId(), BoothZone.CRAFT, List.of());

        CartOwner buyer = CartOwner.user(people.buyer().id());
        cart.add(buyer, scarf.id(), 3);
        OrderView order = checkout.place(checkouts.of(buyer, TestCheckouts.DENPASAR)).orders().get(0);
        orders.confirmPayment(weaver.user().id(), order.number(), PaymentMethod.QRIS);
    }

    Document page(String url, KriyaUser who, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang).with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    String reportUrl() {
        return "/officer/exhibitions/" + exhibition.id() + "/report";
    }

    @Test
    void theWholeReportCountsExhibitorsOnceAndShowsOnlineSalesAndTopProducts() throws Exception {
        Document page = page(reportUrl(), officer, "id");

        assertThat(page.select("h1").text()).isEqualTo("Laporan " + exhibition.title());
        assertThat(page.select(".report-part").first().select(".figure-exhibitors").text()).isEqualTo("2");
        assertThat(page.select(".figure-online").first().text()).startsWith("Rp1.200.000 (1 pesanan, 3 barang)");
        assertThat(page.select(".figure-booth").first().text()).startsWith("Rp0");
        assertThat(page.select(".report-regencies").first().select("tbody th").eachText())
                .containsExactly("Gianyar", "Klungkung");
        assertThat(page.select(".report-top").first().select("tbody td").eachText())
                .startsWith("Selendang Endek Laporan", businesses.find(weaver.businessId()).orElseThrow().name());
        assertThat(page.select(".report-stage h3").eachText()).containsExactly("Tahap 1: Klungkung", "Tahap 2: Badung");
        assertThat(page.select(".report-stage").get(1).select(".figure-online").text()).startsWith("Rp0");
        assertThat(page.select(".report-stage").get(1).select(".figure-exhibitors").text()).isEqualTo("1");
        assertThat(page.select(".empty").eachText()).contains("Belum ada hitungan pengunjung.");
        assertThat(page.select("a[href$=report.xlsx]").attr("href")).isEqualTo(reportUrl() + ".xlsx");

        Document english = page(reportUrl(), officer, "en");
        assertThat(english.select("h1").text()).isEqualTo(exhibition.title() + " report");
    }

    @Test
    void aStageReportShowsThatStageAlone() throws Exception {
        Document page = page("/officer/exhibitions/" + exhibition.id() + "/stages/" + stageLater + "/report", officer, "id");

        assertThat(page.select("h1").text()).isEqualTo("Laporan tahap 2: Badung");
        assertThat(page.select(".figure-exhibitors").eachText()).containsExactly("1");
        assertThat(page.select(".report-stage")).isEmpty();
    }

    @Test
    void theWorkbookHoldsTheSameNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get(reportUrl() + ".xlsx").param("lang", "id").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet summary = workbook.getSheet("Ringkasan");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo(exhibition.title());
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Seluruh pameran");
            assertThat(summary.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2);
            int revenue = summary.getRow(1).getLastCellNum() - 2;
            assertThat(summary.getRow(1).getCell(revenue).getStringCellValue()).isEqualTo("Jumlah penjualan (Rp)");
            assertThat(summary.getRow(2).getCell(revenue).getNumericCellValue()).isEqualTo(1_200_000);
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tahap 1: Klungkung");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Tahap 2: Badung");
            Sheet products = workbook.getSheet("Produk");
            assertThat(products.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Selendang Endek Laporan");
            assertThat(products.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3);
            Sheet regencies = workbook.getSheet("Peserta per kabupaten");
            assertThat(regencies.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Gianyar");
        }
        mvc.perform(get("/officer/exhibitions/" + exhibition.id() + "/stages/" + stageNow + "/report.xlsx")
                .with(user(officer))).andExpect(status().isOk());
    }

    @Test
    void officersOutsideTheOrganisersAreaAndStrangersSeeNothing() throws Exception {
        KriyaUser regency = people.officerOf("51.04");
        mvc.perform(get(reportUrl()).with(user(regency))).andExpect(status().isNotFound());
        mvc.perform(get(reportUrl() + ".xlsx").with(user(regency))).andExpect(status().isNotFound());
        mvc.perform(get("/officer/exhibitions/" + exhibition.id() + "/stages/" + Long.MAX_VALUE + "/report")
                .with(user(officer))).andExpect(status().isNotFound());
        mvc.perform(get(reportUrl()).with(user(people.buyer()))).andExpect(status().isForbidden());
    }

    @Test
    void theOfficersExhibitionPagesLinkTheReports() throws Exception {
        Document list = page("/officer/exhibitions", officer, "id");
        assertThat(list.select("a.report-link").eachAttr("href")).contains(reportUrl());
        Document form = page("/officer/exhibitions/" + exhibition.id(), officer, "id");
        assertThat(form.select("a.report-link").eachAttr("href")).contains(reportUrl(),
                "/officer/exhibitions/" + exhibition.id() + "/stages/" + stageNow + "/report");
    }
}
