package id.kriya.trust.reuse.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.TestImages;
import id.kriya.media.image.Renditions;
import id.kriya.trust.reuse.PhotoReuseQueue;
import id.kriya.trust.reuse.PhotoReuseStatus;
import id.kriya.trust.reuse.PhotoReuseView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class PhotoReuseTests {

    static final AtomicLong SEEDS = new AtomicLong(System.nanoTime());
    static final String REASON = "Foto ini milik toko lain; mohon pakai foto karya Anda sendiri.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    MediaLibrary media;

    @Autowired
    ProductPhotos productPhotos;

    @Autowired
    PhotoReuseQueue queue;

    @Autowired
    ArtisanManagement businesses;

    /** A shop whose product shows a picture of its own, and the picture. */
    record Shop(Artisan artisan, ProductView product, java.awt.image.BufferedImage picture) {
    }

    Shop shopWithItsOwnPicture(String regionCode) {
        Artisan artisan = artisans.verified(regionCode);
        java.awt.image.BufferedImage picture = TestImages.piece(SEEDS.incrementAndGet(), 1200, 900);
        ProductView draft = artisans.draft(artisan, aProduct());
        add(artisan, draft, TestImages.jpeg(picture, 0.9f));
        artisans.payable(artisan);
        return new Shop(artisan, publish(artisan, draft), picture);
    }

    ProductView publish(Artisan artisan, ProductView draft) {
        try {
            mvc.perform(post("/my/products/{id}/publish", draft.id()).with(user(artisan.user())).with(csrf()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return artisans.reload(artisan, draft.id());
    }

    Photo add(Artisan artisan, ProductView product, byte[] jpeg) {
        Photo photo = media.upload(artisan.user().id(), "foto.jpg", new ByteArrayInputStream(jpeg));
        productPhotos.attach(artisan.user().id(), product.id(), List.of(photo.id()));
        return photo;
    }

    /** The other shop's picture saved again smaller and at another quality, as copied from its page. */
    static byte[] copied(java.awt.image.BufferedImage picture) {
        return TestImages.jpeg(Renditions.resize(picture, 800, 600), 0.7f);
    }

    List<PhotoReuseView> queueOf(KriyaUser officer, PhotoReuseStatus status) {
        return queue.inJurisdiction(officer.id(), status, Pageable.ofSize(200)).getContent();
    }

    PhotoReuseView awaitFound(KriyaUser officer, long productId) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> queueOf(officer, PhotoReuseStatus.OPEN).stream()
                        .filter(reuse -> reuse.uploaded().productId() == productId).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void aPictureCopiedFromAnotherShopWaitsForTheOfficersOfTheUploadersAreaAndNothingIsBlocked() throws Exception {
        Shop original = shopWithItsOwnPicture("51.07");
        Artisan copier = artisans.verified("51.04");
        ProductView product = artisans.draft(copier, aProduct().titled("Kain Endek Salinan"));
        add(copier, product, copied(original.picture()));
        ProductView published = publish(artisans.payable(copier), product);
        KriyaUser gianyar = people.officerOf("51.04");

        PhotoReuseView found = awaitFound(gianyar, product.id());
        assertThat(found.other().businessId()).isEqualTo(original.artisan().businessId());
        assertThat(found.other().productId()).isEqualTo(original.product().id());
        assertThat(found.distance()).isBetween(0, 6);
        assertThat(published.status()).as("nothing is blocked by itself").isEqualTo(ProductStatus.PUBLISHED);

        String originalShop = businesses.find(original.artisan().businessId()).orElseThrow().name();
        mvc.perform(get("/officer/photo-reuse").with(user(gianyar)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("juga ada di toko " + originalShop),
                        containsString("/officer/photo-reuse/" + found.id()), containsString("Kain Endek Salinan"))));
        mvc.perform(get("/officer").with(user(gianyar)))
                .andExpect(content().string(allOf(containsString("menunggu keputusan"), containsString("/officer/photo-reuse"))));
        mvc.perform(get("/officer/photo-reuse/{id}", found.id()).with(user(gianyar)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(found.uploaded().photo().toString()),
                        containsString(found.other().photo().toString()))));

        // The original shop's officers see nothing: the copy is not theirs to judge.
        KriyaUser karangasem = people.officerOf("51.07");
        assertThat(queueOf(karangasem, PhotoReuseStatus.OPEN)).noneMatch(reuse -> reuse.id() == found.id());
        mvc.perform(get("/officer/photo-reuse/{id}", found.id()).with(user(karangasem))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/photo-reuse/{id}/hide", found.id()).param("text", REASON)
                .with(user(karangasem)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/officer/photo-reuse/{id}/clear", found.id()).with(user(karangasem)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(artisans.reload(copier, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(queueOf(gianyar, PhotoReuseStatus.OPEN)).anyMatch(reuse -> reuse.id() == found.id());
    }

    @Test
    void theOfficerHidesTheProductWithAReasonTheArtisanReadsAndMayPutItBack() throws Exception {
        Shop original = shopWithItsOwnPicture("51.03");
        Artisan copier = artisans.verified("51.04");
        ProductView product = publish(artisans.payable(copier), withCopy(copier, original));
        KriyaUser province = people.officerOf("51");
        PhotoReuseView found = awaitFound(province, product.id());

        mvc.perform(post("/officer/photo-reuse/{id}/hide", found.id()).param("text", "jelek")
                        .with(user(province)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tulis alasan 10 sampai 500 karakter")));
        assertThat(artisans.reload(copier, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);

        mvc.perform(post("/officer/photo-reuse/{id}/hide", found.id()).param("text", REASON)
                .with(user(province)).with(csrf())).andExpect(redirectedUrl("/officer/photo-reuse"));
        ProductView hidden = artisans.reload(copier, product.id());
        assertThat(hidden.status()).isEqualTo(ProductStatus.HIDDEN);
        assertThat(hidden.hiddenReason()).isEqualTo(REASON);
        mvc.perform(get("/my/products").with(user(copier.user()))).andExpect(content().string(containsString(REASON)));
        assertThat(queueOf(province, PhotoReuseStatus.PRODUCT_HIDDEN)).anyMatch(reuse -> reuse.id() == found.id());

        mvc.perform(post("/officer/photo-reuse/{id}/clear", found.id()).with(user(province)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sudah diputuskan")));

        mvc.perform(post("/officer/photo-reuse/{id}/restore", found.id()).with(user(province)).with(csrf()))
                .andExpect(redirectedUrl("/officer/photo-reuse/" + found.id()));
        assertThat(artisans.reload(copier, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(queue.find(province.id(), found.id()).status()).isEqualTo(PhotoReuseStatus.CLEARED);
        mvc.perform(post("/officer/photo-reuse/{id}/restore", found.id()).with(user(province)).with(csrf()))
                .andExpect(redirectedUrl("/officer/photo-reuse/" + found.id()));
        assertThat(artisans.reload(copier, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
    }

    @Test
    void theOfficerFindsItFineWithANoteShownAsText() throws Exception {
        Shop original = shopWithItsOwnPicture("51.04");
        Artisan sameCooperative = artisans.verified("51.04");
        ProductView product = publish(artisans.payable(sameCooperative), withCopy(sameCooperative, original));
        KriyaUser gianyar = people.officerOf("51.04");
        PhotoReuseView found = awaitFound(gianyar, product.id());

        mvc.perform(post("/officer/photo-reuse/{id}/clear", found.id()).param("text", "x".repeat(501))
                .with(user(gianyar)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paling banyak 500 karakter")));
        assertThat(queue.find(gianyar.id(), found.id()).status()).isEqualTo(PhotoReuseStatus.OPEN);

        String note = "Satu koperasi <script>alert('x')</script> di Gianyar.";
        mvc.perform(post("/officer/photo-reuse/{id}/clear", found.id()).param("text", note)
                .with(user(gianyar)).with(csrf())).andExpect(redirectedUrl("/officer/photo-reuse"));
        assertThat(queue.find(gianyar.id(), found.id()).status()).isEqualTo(PhotoReuseStatus.CLEARED);
        assertThat(artisans.reload(sameCooperative, product.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        mvc.perform(get("/officer/photo-reuse").param("status", "CLEARED").with(user(gianyar)))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                        not(containsString("<script>alert")))));
        mvc.perform(post("/officer/photo-reuse/{id}/restore", found.id()).with(user(gianyar)).with(csrf()))
                .andExpect(redirectedUrl("/officer/photo-reuse/" + found.id()));
        assertThat(queue.find(gianyar.id(), found.id()).status()).isEqualTo(PhotoReuseStatus.CLEARED);
    }

    @Test
    void aShopUsingItsOwnPhotoTwiceOrADifferentPictureIsNotQueued() throws Exception {
        Shop shop = shopWithItsOwnPicture("51.02");
        ProductView second = artisans.draft(shop.artisan(), aProduct().titled("Kain kedua, foto sama"));
        add(shop.artisan(), second, copied(shop.picture()));
        Artisan other = artisans.verified("51.02");
        ProductView different = artisans.draft(other, aProduct());
        add(other, different, TestImages.jpeg(TestImages.piece(SEEDS.incrementAndGet(), 1200, 900), 0.8f));
        // A third shop copies the first: its row shows the checks ran for the others before it.
        Artisan copier = artisans.verified("51.02");
        ProductView copy = withCopy(copier, shop);
        KriyaUser officer = people.officerOf("51.02");
        awaitFound(officer, copy.id());

        assertThat(queueOf(officer, PhotoReuseStatus.OPEN))
                .noneMatch(reuse -> reuse.uploaded().productId() == second.id())
                .noneMatch(reuse -> reuse.uploaded().productId() == different.id());
    }

    @Test
    void forgedIdsAndStatusesAnswerPlainly() throws Exception {
        KriyaUser officer = people.officerOf("51.04");
        mvc.perform(get("/officer/photo-reuse/{id}", 987654321L).with(user(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/officer/photo-reuse/abc").with(user(officer))).andExpect(status().isBadRequest());
        mvc.perform(get("/officer/photo-reuse").param("status", "DELETED").with(user(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/officer/photo-reuse/{id}/hide", 987654321L).param("text", REASON)
                .with(user(officer)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/officer/photo-reuse/{id}/restore", 987654321L).with(user(officer)).with(csrf()))
                .andExpect(status().isNotFound());
        KriyaUser artisan = artisans.verified("51.04").user();
        mvc.perform(get("/officer/photo-reuse").with(user(artisan))).andExpect(status().isForbidden());
    }

    ProductView withCopy(Artisan copier, Shop original) {
        ProductView product = artisans.draft(copier, aProduct());
        add(copier, product, copied(original.picture()));
        return product;
    }
}
