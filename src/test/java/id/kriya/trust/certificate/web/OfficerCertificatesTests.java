package id.kriya.trust.certificate.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static id.kriya.trust.certificate.TestCertificates.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.trust.certificate.CertificateRegistry;
import id.kriya.trust.certificate.CertificateStatus;
import id.kriya.trust.certificate.CertificateView;
import id.kriya.trust.certificate.TestCertificates;
import id.kriya.trust.certificate.TestCertificates.Piece;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@KriyaWebTest
class OfficerCertificatesTests {

    static final String REASON = "Kain ternyata tenunan mesin, bukan ATBM, setelah diperiksa ulang.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCertificates certificates;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    CertificateRegistry registry;

    long countFor(KriyaUser officer, long productId) {
        return registry.inJurisdiction(officer.id(), Pageable.ofSize(500)).stream()
                .filter(c -> c.productId() == productId).count();
    }

    @Test
    void officerIssuesACertificateAndTheProductShowsItIsCertified() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind().titled("Kain Endek Cepuk Tunggal"));
        mvc.perform(get("/officer/certificates/products").with(user(piece.officer())))
                .andExpect(content().string(containsString("/officer/certificates/products/" + piece.product().id() + "/new")));
        mvc.perform(get("/officer/certificates/products/{id}/new", piece.product().id()).with(user(piece.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ni Luh Sari"), containsString("Sutra"),
                        containsString(piece.product().coverId().toString()))));

        MvcResult issued = mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), Map.of())).with(user(piece.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        CertificateView certificate = registry.find(piece.officer().id(),
                Long.parseLong(issued.getResponse().getRedirectedUrl().replaceAll("\\D", "")));
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.officerName()).isEqualTo(piece.officer().displayName());
        assertThat(certificate.councilName()).isEqualTo("Dekranasda Kabupaten Gianyar");
        assertThat(certificate.checks()).hasSize(1);

        mvc.perform(get(issued.getResponse().getRedirectedUrl()).with(user(piece.officer())))
                .andExpect(content().string(allOf(containsString(certificate.code().grouped()),
                        containsString("/officer/certificates/" + certificate.id() + "/qr.png"))));
        mvc.perform(get("/officer/certificates/{id}/qr.png", certificate.id()).with(user(piece.officer())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/products/{slug}", piece.product().slug()))
                .andExpect(content().string(allOf(containsString("Bersertifikat"),
                        containsString("/products/" + piece.product().slug() + "/certificates"))));
        mvc.perform(get("/products/{slug}/certificates", piece.product().slug()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", certificate.code().verifyPath()));
        assertThat(artisans.reload(piece.artisan(), piece.product().id()).certified()).isTrue();
    }

    @Test
    void anOfficerOutsideTheAreaCannotSeeNorIssueNorRevoke() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        KriyaUser elsewhere = people.officerOf("51.03");

        mvc.perform(get("/officer/certificates/products").with(user(elsewhere)))
                .andExpect(content().string(not(containsString("/officer/certificates/products/" + piece.product().id() + "/"))));
        mvc.perform(get("/officer/certificates/products/{id}/new", piece.product().id()).with(user(elsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), Map.of())).with(user(elsewhere)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(countFor(piece.officer(), piece.product().id())).isZero();

        CertificateView certificate = certificates.issue(piece, null, null);
        mvc.perform(get("/officer/certificates").with(user(elsewhere)))
                .andExpect(content().string(not(containsString(certificate.code().grouped()))));
        mvc.perform(get("/officer/certificates/{id}", certificate.id()).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get("/officer/certificates/{id}/qr.png", certificate.id()).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/certificates/{id}/revoke", certificate.id()).param("reason", REASON)
                .with(user(elsewhere)).with(csrf())).andExpect(status().isNotFound());
        assertThat(registry.find(piece.officer().id(), certificate.id()).status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void aProvinceOfficerIssuesInEveryRegencyOfTheProvince() throws Exception {
        Piece piece = certificates.piece("51.07", aProduct().oneOfAKind());
        KriyaUser province = people.officerOf("51");
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), Map.of())).with(user(province)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(countFor(province, piece.product().id())).isOne();
        assertThat(countFor(piece.officer(), piece.product().id())).as("the regency's officer sees it too").isOne();
    }

    @Test
    void artisansAndBuyersCannotReachTheOfficersPages() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        for (KriyaUser someone : new KriyaUser[] {piece.artisan().user(), people.buyer()}) {
            mvc.perform(get("/officer/certificates").with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                            certificates.form(piece.product(), Map.of())).with(user(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/officer/certificates")).andExpect(status().is3xxRedirection());
        assertThat(countFor(piece.officer(), piece.product().id())).isZero();
    }

    @Test
    void aMadeToOrderProductOrASecondCertificateForAUniquePieceIsRefused() throws Exception {
        Piece madeToOrder = certificates.piece("51.04", aProduct().madeToOrder(14));
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", madeToOrder.product().id()),
                        certificates.form(madeToOrder.product(), Map.of())).with(user(madeToOrder.officer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dibuat sesuai pesanan tidak bisa disertifikasi")));
        assertThat(countFor(madeToOrder.officer(), madeToOrder.product().id())).isZero();

        Piece unique = certificates.piece("51.04", aProduct().oneOfAKind());
        certificates.issue(unique, null, null);
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", unique.product().id()),
                        certificates.form(unique.product(), Map.of())).with(user(unique.officer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah punya sertifikat yang sah")));
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", unique.product().id()),
                        certificates.form(unique.product(), Map.of("editionNumber", "1", "editionSize", "5")))
                        .with(user(unique.officer())).with(csrf()))
                .andExpect(status().isOk());
        assertThat(countFor(unique.officer(), unique.product().id())).isOne();
    }

    @Test
    void eachPieceOfAnEditionHasItsOwnNumber() throws Exception {
        Piece edition = certificates.piece("51.04", aProduct().limited(10));
        certificates.issue(edition, 1, 10);
        CertificateForm next = (CertificateForm) mvc.perform(get("/officer/certificates/products/{id}/new",
                edition.product().id()).with(user(edition.officer()))).andReturn().getModelAndView().getModel()
                .get("certificateForm");
        assertThat(next.getEditionNumber()).as("the next free number").isEqualTo(2);
        assertThat(next.getEditionSize()).as("the edition's size").isEqualTo(10);
        refused(edition, Map.of("editionNumber", "1", "editionSize", "10"), "Karya nomor ini sudah punya sertifikat");
        refused(edition, Map.of("editionNumber", "2", "editionSize", "12"), "menyebut 10 karya");
        refused(edition, Map.of("editionNumber", "11", "editionSize", "10"), "Nomor karya antara 1 dan 10");
        refused(edition, Map.of("editionNumber", "", "editionSize", "10"), "perlu nomornya");
        refused(edition, Map.of("editionNumber", "dua", "editionSize", "10"), "Tulis angka bulat");
        assertThat(countFor(edition.officer(), edition.product().id())).isOne();

        mvc.perform(posting(post("/officer/certificates/products/{id}/new", edition.product().id()),
                        certificates.form(edition.product(), Map.of("editionNumber", "2", "editionSize", "10")))
                        .with(user(edition.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/products/{slug}/certificates", edition.product().slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nomor 1 dari 10"), containsString("Nomor 2 dari 10"))));
    }

    @Test
    void badInputIsExplainedBesideItsFieldAndIssuesNothing() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        refused(piece, Map.of("maker", "  "), "Tulis nama perajin");
        refused(piece, Map.of("maker", "x".repeat(101)), "paling banyak 100 karakter");
        refused(piece, Map.of("checks[0].material", "", "checks[0].finding", ""), "sedikitnya satu hal yang Anda periksa");
        refused(piece, Map.of("checks[1].material", "Perak 925"), "Isi bahan dan hasil pemeriksaannya");
        refused(piece, Map.of("inspectedOn", "2999-01-01"), "tidak boleh di masa depan");
        refused(piece, Map.of("inspectedOn", "kemarin"), "Tulis tanggal yang benar");
        refused(piece, Map.of("technique", "SIHIR"), "Pilih tekniknya");
        refused(piece, Map.of("photos", ""), "sedikitnya satu foto");
        refused(piece, Map.of("remarks", "x".repeat(1001)), "paling banyak 1.000 karakter");
        assertThat(countFor(piece.officer(), piece.product().id())).isZero();
    }

    @Test
    void forgedIdsInTheFormsChangeNothing() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        Piece other = certificates.piece("51.04", aProduct().oneOfAKind());
        // A photo of another product, a made-up photo, and no photo id at all.
        refused(piece, Map.of("photos", other.product().coverId().toString()), "Pilih hanya foto dari produk ini");
        refused(piece, Map.of("photos", UUID.randomUUID().toString()), "Pilih hanya foto dari produk ini");
        refused(piece, Map.of("photos", "../../etc/passwd"), "Pilih hanya foto dari produk ini");
        // A line far past the last one the form has.
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), Map.of("checks[5000].material", "Emas")))
                        .with(user(piece.officer())).with(csrf()))
                .andExpect(status().is4xxClientError());
        // Ids that are no product or certificate, or not numbers at all.
        mvc.perform(get("/officer/certificates/products/{id}/new", 987654321L).with(user(piece.officer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/officer/certificates/products/abc/new").with(user(piece.officer())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/officer/certificates/{id}", 987654321L).with(user(piece.officer()))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/certificates/{id}/revoke", 987654321L).param("reason", REASON)
                .with(user(piece.officer())).with(csrf())).andExpect(status().isNotFound());
        assertThat(countFor(piece.officer(), piece.product().id())).isZero();
    }

    @Test
    void aRevokedCertificateIsNeverShownAsValid() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        CertificateView certificate = certificates.issue(piece, null, null);
        mvc.perform(post("/officer/certificates/{id}/revoke", certificate.id()).param("reason", "jelek")
                .with(user(piece.officer())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tulis alasan 10 sampai 500 karakter")));
        assertThat(registry.find(piece.officer().id(), certificate.id()).status()).isEqualTo(CertificateStatus.VALID);

        mvc.perform(post("/officer/certificates/{id}/revoke", certificate.id()).param("reason", REASON)
                .with(user(piece.officer())).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(certificate.code().verifyPath()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("DICABUT"), containsString(REASON),
                        not(containsString("Sertifikat ini sah")))));
        mvc.perform(get(certificate.code().verifyPath()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("REVOKED"), not(containsString("This certificate is valid")))));
        mvc.perform(get("/products/{slug}", piece.product().slug()))
                .andExpect(content().string(not(containsString("Bersertifikat"))));
        mvc.perform(get("/products/{slug}/certificates", piece.product().slug())).andExpect(status().isNotFound());
        mvc.perform(post("/officer/certificates/{id}/revoke", certificate.id()).param("reason", REASON)
                .with(user(piece.officer())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sudah dicabut")));

        // A corrected certificate may follow the revoked one.
        ProductView product = piece.product();
        CertificateView corrected = certificates.issue(piece, null, null);
        assertThat(corrected.code()).isNotEqualTo(certificate.code());
        assertThat(artisans.reload(piece.artisan(), product.id()).certified()).isTrue();
    }

    @Test
    void whatTheOfficerTypesIsShownAsTextNeverAsMarkup() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        String script = "<script>alert('x')</script>";
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), Map.of("maker", "Ni Luh " + script,
                                "techniqueNote", script, "checks[0].material", "<b>Perak</b>",
                                "checks[0].finding", script, "remarks", "<img src=x onerror=alert(1)>",
                                "geographicalIndication", script, "hakiNumber", "<i>IDM1</i>")))
                        .with(user(piece.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        CertificateView certificate = registry.inJurisdiction(piece.officer().id(), Pageable.ofSize(500)).stream()
                .filter(c -> c.productId() == piece.product().id()).findFirst().orElseThrow();
        for (String page : new String[] {certificate.code().verifyPath(), "/officer/certificates/" + certificate.id()}) {
            mvc.perform(get(page).with(user(piece.officer())))
                    .andExpect(content().string(allOf(not(containsString("<script>alert")), not(containsString("<b>Perak")),
                            not(containsString("<img src=x")), not(containsString("<i>IDM1")),
                            containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                            containsString("&lt;img src=x onerror=alert(1)&gt;"))));
        }
    }

    private void refused(Piece piece, Map<String, String> changes, String message) throws Exception {
        mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), changes)).with(user(piece.officer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }
}
