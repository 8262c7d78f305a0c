package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Photos go in with the product form itself, from the camera or several at once, through the checked upload path. */
@KriyaWebTest
class ProductFormPhotosTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductManagement products;

    static MockMultipartFile jpeg(String field, String name, int width) {
        return new MockMultipartFile(field, name, "image/jpeg", TestImages.jpeg(TestImages.sharp(width, width * 3 / 4)));
    }

    @Test
    void theFormOffersTheCameraAndSeveralPhotosAtOnce() throws Exception {
        Artisan me = artisans.verified();
        Document page = Jsoup.parse(mvc.perform(get("/my/products/new").with(user(me.user())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("form.stacked").attr("enctype")).isEqualTo("multipart/form-data");
        var camera = page.selectFirst("input[type=file]#camera");
        assertThat(camera.attr("capture")).isEqualTo("environment");
        assertThat(camera.attr("accept")).isEqualTo("image/*");
        assertThat(camera.hasAttr("multiple")).isFalse();
        var chosen = page.selectFirst("input[type=file]#photos");
        assertThat(chosen.hasAttr("multiple")).isTrue();
        assertThat(chosen.hasAttr("capture")).isFalse();
        assertThat(chosen.attr("accept")).isEqualTo("image/*");
        assertThat(page.select("label[for=camera]").text()).isEqualTo("Ambil foto dengan kamera");
    }

    @Test
    void aProductSavedWithPhotosKeepsThemInOrderCameraFirstAndGoesBackToTheList() throws Exception {
        Artisan me = artisans.verified();
        mvc.perform(aProduct().titled("Endek dengan foto").asForm(multipart("/my/products")
                                .file(jpeg("camera", "kamera.jpg", 360))
                                .file(jpeg("photos", "depan.jpg", 400))
                                .file(jpeg("photos", "belakang.jpg", 320)))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/products"))
                .andExpect(flash().attribute("flash", "catalog.product.created"));

        ProductView saved = products.list(me.user().id(), null, Pageable.ofSize(5)).getContent().get(0);
        assertThat(saved.title()).isEqualTo("Endek dengan foto");
        assertThat(saved.photoIds()).hasSize(3);
    }

    @Test
    void aProductSavedWithoutPhotosGoesStraightToItsPhotoStep() throws Exception {
        Artisan me = artisans.verified();
        var result = mvc.perform(aProduct().titled("Endek tanpa foto").asForm(multipart("/my/products")
                                .file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0])))
                        .with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.product.savedAddPhotos"))
                .andReturn();

        ProductView saved = products.list(me.user().id(), null, Pageable.ofSize(5)).getContent().get(0);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/products/" + saved.id() + "/photos");
        assertThat(saved.photoIds()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedByContentTheProductIsKeptAndNoPhotoAttached() throws Exception {
        Artisan me = artisans.verified();
        MockMultipartFile fake = new MockMultipartFile("photos", "kain.jpg", "image/jpeg",
                "bukan gambar, hanya teks".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var result = mvc.perform(aProduct().titled("Endek foto palsu").asForm(multipart("/my/products")
                                .file(jpeg("photos", "asli.jpg", 320)).file(fake))
                        .with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.product.created"))
                .andExpect(flash().attributeExists("flashErrorText"))
                .andReturn();

        ProductView saved = products.list(me.user().id(), null, Pageable.ofSize(5)).getContent().get(0);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/products/" + saved.id() + "/photos");
        assertThat(saved.photoIds()).as("all or none: the good photo is not kept alone").isEmpty();
    }

    @Test
    void photosAddedWhenEditingJoinTheOnesAlreadyThere() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        artisans.withPhoto(me, draft.id());

        mvc.perform(aProduct().asForm(multipart("/my/products/{id}/edit", draft.id())
                                .file(jpeg("photos", "samping.jpg", 330)))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/products"))
                .andExpect(flash().attribute("flash", "catalog.product.saved"));
        assertThat(artisans.reload(me, draft.id()).photoIds()).hasSize(2);
    }
}
