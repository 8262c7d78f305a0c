package id.kriya.catalog.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.TestPeople;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.catalog.ProductModeration;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.media.Photo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class ArtisanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement management;

    @Autowired
    ArtisanVerification verification;

    @Autowired
    ProductModeration moderation;

    @Test
    void verifiedBusinessWithItsPublicProductsOnly() throws Exception {
        ArtisanMother business = aBusiness().named("Tenun Api Sidemen").inVillage("Sidemen")
                .certified(CertificationType.HALAL, "ID51110000123");
        KriyaUser owner = people.buyer();
        long businessId = people.verifiedBusiness(owner, business);
        Artisan me = new Artisan(people.reload(owner), businessId);
        ProductView older = artisans.published(me, aProduct().titled("Kain Endek Lama").pricedAt(750_000));
        ProductView newer = artisans.published(me, aProduct().titled("Kain Songket Baru").pricedAt(2_500_000));
        Photo cover = artisans.withPhoto(me, artisans.draft(me, aProduct().titled("Kain Draf Rahasia")).id());
        ProductView hidden = artisans.published(me, aProduct().titled("Kain Disembunyikan"));
        moderation.hide(people.officerOf("51.07").id(), hidden.id(), "Foto tidak sesuai dengan barangnya.");
        String slug = management.find(businessId).orElseThrow().slug();

        String json = mvc.perform(get("/api/v1/artisans/{slug}", slug).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.name").value("Tenun Api Sidemen"))
                .andExpect(jsonPath("$.url").value(endsWith("/artisans/" + slug)))
                .andExpect(jsonPath("$.regency").value("51.07"))
                .andExpect(jsonPath("$.regencyName").value("Karangasem"))
                .andExpect(jsonPath("$.village").value("Sidemen"))
                .andExpect(jsonPath("$.crafts", contains("TENUN_ENDEK", "SONGKET")))
                .andExpect(jsonPath("$.certifications[0].type").value("HALAL"))
                .andExpect(jsonPath("$.certifications[0].number").value("ID51110000123"))
                .andExpect(jsonPath("$.whatsAppUrl").value("https://wa.me/6281234567890"))
                .andExpect(jsonPath("$.products.total").value(2))
                .andExpect(jsonPath("$.products.items[*].title", contains("Kain Songket Baru", "Kain Endek Lama")))
                .andExpect(jsonPath("$.products.items[0].slug").value(newer.slug()))
                .andExpect(jsonPath("$.products.items[0].price").value(2500000))
                .andExpect(jsonPath("$.products.items[0].inStock").value(true))
                .andExpect(jsonPath("$.products.items[1].coverUrl")
                        .value(endsWith("/media/" + older.coverId() + "/card.jpg")))
                .andReturn().getResponse().getContentAsString();

        // Nothing the public page keeps to itself, and nothing of products the public may not see.
        assertThat(json).doesNotContain(business.nib(), "@contoh.id", "Banjar Tabola", "Kain Draf Rahasia",
                "Kain Disembunyikan", cover.id().toString(), "VERIFIED", "rejectionReason", "version");
    }

    @Test
    void productsComeAPageAtATime() throws Exception {
        Artisan me = artisans.verified();
        artisans.published(me, aProduct().titled("Gelang Perak Satu"));
        artisans.published(me, aProduct().titled("Gelang Perak Dua"));
        String slug = management.find(me.businessId()).orElseThrow().slug();

        mvc.perform(get("/api/v1/artisans/{slug}", slug).param("size", "1").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.products.items[*].title", contains("Gelang Perak Satu")))
                .andExpect(jsonPath("$.products.total").value(2))
                .andExpect(jsonPath("$.products.page").value(1))
                .andExpect(jsonPath("$.products.totalPages").value(2));
        mvc.perform(get("/api/v1/artisans/{slug}", slug).param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.products.size").value(ArtisanApiController.SIZE_MAX));
        mvc.perform(get("/api/v1/artisans/{slug}", slug).param("page", "dua"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("page"));
    }

    @Test
    void unknownPendingAndRejectedBusinessesAreNotFoundProblems() throws Exception {
        Artisan pending = artisans.pending();
        Artisan rejected = artisans.pending();
        verification.reject(people.officerOf("51.07").id(), rejected.businessId(), "NIB tidak cocok dengan nama usaha.");
        String[] slugs = {"tidak-ada-usaha-ini", management.find(pending.businessId()).orElseThrow().slug(),
                management.find(rejected.businessId()).orElseThrow().slug()};

        for (String slug : slugs) {
            mvc.perform(get("/api/v1/artisans/{slug}", slug).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value("Tidak ada usaha terverifikasi dengan alamat ini."))
                    .andExpect(jsonPath("$.name").doesNotExist());
        }
        mvc.perform(get("/api/v1/artisans/{slug}", slugs[2]).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("There is no verified business at this address."));
    }

    @Test
    void theApiOnlyReads() throws Exception {
        mvc.perform(post("/api/v1/artisans/{slug}", "apa-saja").with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/api/v1/products").with(csrf()))
                .andExpect(status().isMethodNotAllowed());
    }
}
