package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@KriyaWebTest
class ProductCsvTests {

    static final String HEADER = "title,story_id,story_en,category,materials,technique,maker,village,regency,length_cm,"
            + "width_cm,height_cm,weight_grams,price,stock_kind,stock,lead_time_days\n";
    static final String GOOD = "Kain Endek Cepuk,\"Ditenun di Sidemen, dengan pewarna alam.\",,TENUN_ENDEK,\"sutra, katun\","
            + "TENUN_IKAT_ATBM,Ni Ketut Rai,,,200,110,1,350,1250000,LIMITED,3,\n";
    static final String SECOND = "Cincin Perak Jawan,Cincin perak 925 dengan butiran jawan.,A silver ring.,PERAK_PERHIASAN,perak 925,"
            + "TEMPA_PERAK,I Wayan Karya,Celuk,51.04,2,2,1,8,450000,MADE_TO_ORDER,,14\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    MvcResult upload(Artisan me, String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "produk.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/my/products/import").file(file).with(user(me.user())).with(csrf())).andReturn();
    }

    @Test
    void goodFileImportsEveryRowAsADraft() throws Exception {
        Artisan me = artisans.verified();
        MvcResult result = upload(me, "\uFEFF" + HEADER + GOOD + SECOND);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/products?status=DRAFT");

        List<ProductView> imported = products.export(me.user().id());
        assertThat(imported).extracting(ProductView::title).containsExactly("Kain Endek Cepuk", "Cincin Perak Jawan");
        assertThat(imported).allMatch(p -> p.status() == ProductStatus.DRAFT);
        assertThat(imported.get(0).village()).isEqualTo("Sidemen");
        assertThat(imported.get(1).regionCode()).isEqualTo("51.04");
        assertThat(imported.get(1).leadTimeDays()).isEqualTo(14);
    }

    @Test
    void fileWithOneBadRowImportsNothingAndReportsEveryBadRow() throws Exception {
        Artisan me = artisans.verified();
        String badPrice = GOOD.replace("1250000", "-5000");
        String badStock = SECOND.replace("MADE_TO_ORDER,,14", "LIMITED,10001,");
        MvcResult result = upload(me, HEADER + GOOD + badPrice + SECOND + badStock.replace("PERAK_PERHIASAN", "EMAS"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("Tidak ada produk yang diimpor");
        assertThat(page).contains("<td>3</td>").contains("<td>price</td>").contains("Harga harus lebih dari Rp0");
        assertThat(page).contains("<td>5</td>").contains("<td>stock</td>").contains("<td>category</td>");
        assertThat(page).doesNotContain("<td>2</td>").doesNotContain("<td>4</td>");
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void fileWithoutTheColumnsSaysWhichAreMissing() throws Exception {
        Artisan me = artisans.verified();
        String page = upload(me, "judul,harga\nKain,1000\n").getResponse().getContentAsString();
        assertThat(page).contains("story_id").contains("Kolom ini tidak ada");
        assertThat(products.list(me.user().id(), null, Pageable.ofSize(10))).isEmpty();
    }

    @Test
    void exportIsUtf8WithBomAndFormulaSafeAndImportsBack() throws Exception {
        Artisan me = artisans.verified();
        artisans.published(me, aProduct().titled("=HYPERLINK(\"http://jahat.example\")"));
        MvcResult result = mvc.perform(get("/my/products/export.csv").with(user(me.user())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://jahat.example\"\")\"").contains("PUBLISHED");

        Artisan other = artisans.verified();
        assertThat(upload(other, csv).getResponse().getRedirectedUrl()).isEqualTo("/my/products?status=DRAFT");
        assertThat(products.export(other.user().id())).singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("=HYPERLINK(\"http://jahat.example\")"));
    }

    @Test
    void pendingBusinessCannotImport() throws Exception {
        Artisan pending = artisans.pending();
        assertThat(upload(pending, HEADER + GOOD).getResponse().getStatus()).isEqualTo(403);
        mvc.perform(get("/my/products/export.csv").with(user(pending.user()))).andExpect(status().isForbidden());
    }
}
