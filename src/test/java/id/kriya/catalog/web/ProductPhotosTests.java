package id.kriya.catalog.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.media.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The artisan's photo page: upload several, order, cover, remove, and nobody touches another business's photos. */
@KriyaWebTest
class ProductPhotosTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ProductPhotos photos;

    static MockMultipartFile jpeg(String name, int width) {
        return new MockMultipartFile("photos", name, "image/jpeg", TestImages.jpeg(TestImages.sharp(width, width * 3 / 4)));
    }

    Document photoPage(Artisan me, long productId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/my/products/{id}/photos", productId).with(user(me.user())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    List<PhotoId> order(Artisan me, long productId) {
        return artisans.reload(me, productId).photoIds();
    }

    @Test
    void artisanUploadsSeveralPhotosAtOnceAndTheFirstIsTheCover() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());

        mvc.perform(multipart("/my/products/{id}/photos", draft.id()).file(jpeg("depan.jpg", 400)).file(jpeg("belakang.jpg", 320))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/products/" + draft.id() + "/photos"))
                .andExpect(flash().attribute("flash", "catalog.photos.added"));

        List<PhotoId> ids = order(me, draft.id());
        assertThat(ids).hasSize(2);
        Document page = photoPage(me, draft.id());
        assertThat(page.select("ol.photo-list > li").eachAttr("data-photo")).containsExactly(ids.get(0).toString(), ids.get(1).toString());
        assertThat(page.select("ol.photo-list > li").first().text()).contains("Sampul");
        assertThat(page.select("ol.photo-list img").first().attr("src")).isEqualTo("/media/" + ids.get(0) + "/thumb.jpg");
        assertThat(page.text()).contains("2 dari 10 foto");
    }

    @Test
    void artisanMovesAPhotoToTheFrontAndRemovesOne() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        Photo first = artisans.withPhoto(me, draft.id());
        Photo second = artisans.withPhoto(me, draft.id());
        Photo third = artisans.withPhoto(me, draft.id());

        mvc.perform(post("/my/products/{id}/photos/{photo}/earlier", draft.id(), third.id()).with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.photos.moved"));
        mvc.perform(post("/my/products/{id}/photos/{photo}/earlier", draft.id(), third.id()).with(user(me.user())).with(csrf()));
        assertThat(order(me, draft.id())).containsExactly(third.id(), first.id(), second.id());
        assertThat(artisans.reload(me, draft.id()).coverId()).isEqualTo(third.id());

        mvc.perform(post("/my/products/{id}/photos/{photo}/later", draft.id(), first.id()).with(user(me.user())).with(csrf()));
        assertThat(order(me, draft.id())).containsExactly(third.id(), second.id(), first.id());

        mvc.perform(post("/my/products/{id}/photos/{photo}/remove", draft.id(), second.id()).with(user(me.user())).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.photos.removed"));
        assertThat(order(me, draft.id())).containsExactly(third.id(), first.id());
        assertThat(photoPage(me, draft.id()).select("ol.photo-list > li")).hasSize(2);
    }

    @Test
    void productTakesAtMostTenPhotos() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        for (int i = 0; i < 9; i++) {
            artisans.withPhoto(me, draft.id());
        }
        mvc.perform(multipart("/my/products/{id}/photos", draft.id()).file(jpeg("a.jpg", 300)).file(jpeg("b.jpg", 300))
                        .with(user(me.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "catalog.photos.tooMany"));
        assertThat(order(me, draft.id())).hasSize(9);

        artisans.withPhoto(me, draft.id());
        assertThatThrownBy(() -> artisans.withPhoto(me, draft.id())).hasMessage("catalog.photos.tooMany");
        assertThat(order(me, draft.id())).hasSize(10);
        assertThat(photoPage(me, draft.id()).select("input[type=file]")).isEmpty();
    }

    @Test
    void publishingWithoutAPhotoIsRefusedWithAClearMessage() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());

        artisans.payable(me);
        MvcResult refused = mvc.perform(post("/my/products/{id}/publish", draft.id()).with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/products/" + draft.id() + "/photos"))
                .andExpect(flash().attribute("flashError", "catalog.rule.noPhoto"))
                .andReturn();
        assertThat(artisans.reload(me, draft.id()).status()).isEqualTo(ProductStatus.DRAFT);

        String page = mvc.perform(get("/my/products/{id}/photos", draft.id()).with(user(me.user()))
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("main").text()).contains("Belum ada foto. Tambahkan minimal satu sebelum menerbitkan.");
    }

    @Test
    void rejectedUploadShowsItsMessageAndAttachesNothing() throws Exception {
        Artisan me = artisans.verified();
        ProductView draft = artisans.draft(me, aProduct());
        MockMultipartFile html = new MockMultipartFile("photos", "kain.jpg", "image/jpeg", TestImages.html());

        String page = mvc.perform(multipart("/my/products/{id}/photos", draft.id()).file(jpeg("baik.jpg", 400)).file(html)
                        .with(user(me.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "media.rejected.NOT_AN_IMAGE"))
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#photos-error").text()).isNotBlank();
        assertThat(order(me, draft.id())).isEmpty();
    }

    @Test
    void forgedProductAndPhotoIdsAreNotFoundAndChangeNothing() throws Exception {
        Artisan owner = artisans.verified();
        ProductView theirs = artisans.published(owner, aProduct());
        PhotoId theirPhoto = theirs.coverId();
        Artisan me = artisans.verified();
        ProductView mine = artisans.draft(me, aProduct());
        Photo myPhoto = artisans.withPhoto(me, mine.id());

        mvc.perform(get("/my/products/{id}/photos", theirs.id()).with(user(me.user()))).andExpect(status().isNotFound());
        mvc.perform(multipart("/my/products/{id}/photos", theirs.id()).file(jpeg("a.jpg", 300)).with(user(me.user())).with(csrf()))
                .andExpect(status().isNotFound());
        for (String action : new String[] {"remove", "earlier", "later"}) {
            mvc.perform(post("/my/products/{id}/photos/{photo}/" + action, theirs.id(), theirPhoto).with(user(me.user())).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/my/products/{id}/photos/{photo}/" + action, mine.id(), theirPhoto).with(user(me.user())).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/my/products/{id}/photos/{photo}/" + action, mine.id(), "kain.jpg").with(user(me.user())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(order(owner, theirs.id())).containsExactly(theirPhoto);
        assertThat(order(me, mine.id())).containsExactly(myPhoto.id());
    }

    @Test
    void anotherBusinesssPhotoIsNotAttached() {
        Artisan owner = artisans.verified();
        Photo theirs = artisans.uploadedBy(owner.user());
        Artisan me = artisans.verified();
        ProductView mine = artisans.draft(me, aProduct());

        assertThatThrownBy(() -> photos.attach(me.user().id(), mine.id(), List.of(theirs.id())))
                .isInstanceOf(ProductNotFoundException.class);
        assertThat(order(me, mine.id())).isEmpty();
    }

    @Test
    void photoUploadedByStaffServesTheBusinesssProducts() throws Exception {
        Artisan owner = artisans.verified();
        var staff = artisans.staffOf(owner);
        ProductView draft = artisans.draft(owner, aProduct());
        Photo byStaff = artisans.uploadedBy(staff);

        photos.attach(owner.user().id(), draft.id(), List.of(byStaff.id()));
        mvc.perform(multipart("/my/products/{id}/photos", draft.id()).file(jpeg("staf.jpg", 300))
                        .with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("flash", "catalog.photos.added"));

        assertThat(order(owner, draft.id())).hasSize(2).startsWith(byStaff.id());
    }
}
