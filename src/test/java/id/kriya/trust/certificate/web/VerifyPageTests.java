package id.kriya.trust.certificate.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.time.Duration;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.trust.certificate.CertificateView;
import id.kriya.trust.certificate.TestCertificates;
import id.kriya.trust.certificate.TestCertificates.Piece;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
class VerifyPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestCertificates certificates;

    @Autowired
    ArtisanManagement artisans;

    static final SecureRandom RANDOM = new SecureRandom();

    /** A request from this client address, as the server sees it. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address of its own for each test, so that their counts do not mix. */
    static String freshAddress() {
        return "198.51." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256);
    }

    static String madeUpCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    @Test
    void anyoneReadsAValidCertificateInEitherLanguageWithoutAnyonesPersonalData() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind().titled("Kain Endek Cepuk Merah"));
        CertificateView certificate = certificates.issue(piece, null, null);
        ArtisanProfile business = artisans.find(piece.artisan().businessId()).orElseThrow();

        mvc.perform(get(certificate.code().verifyPath()).with(from(freshAddress())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(containsString("Sertifikat ini sah."),
                        containsString("Kain Endek Cepuk Merah"), containsString("Ni Luh Sari"),
                        containsString(business.name()), containsString("Tenun ikat ATBM"),
                        containsString("Sutra"), containsString("diperiksa serat dan kilaunya"),
                        containsString("Tenun Endek Bali"), containsString("IDM000123456"),
                        containsString("Dekranasda Kabupaten Gianyar"), containsString("Karya tunggal"),
                        containsString(piece.product().coverId().toString()),
                        containsString("/verify/" + certificate.code().grouped() + "/certificate.pdf"),
                        not(containsString(business.email())), not(containsString(business.whatsApp())),
                        not(containsString(business.whatsAppDigits())), not(containsString(business.address())),
                        not(containsString(piece.officer().email())))));
        mvc.perform(get(certificate.code().verifyPath()).param("lang", "en").with(from(freshAddress())))
                .andExpect(content().string(allOf(containsString("This certificate is valid."),
                        containsString("One of a kind"), containsString("What was checked"))));
    }

    @Test
    void aCodeIsFoundHoweverItIsSpelledAndTheFormLeadsToIt() throws Exception {
        CertificateView certificate = certificates.issue(certificates.piece("51.04", aProduct().oneOfAKind()), null, null);
        String address = freshAddress();
        mvc.perform(get("/verify/{code}", certificate.code().value().toLowerCase()).with(from(address)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sertifikat ini sah.")));
        mvc.perform(get("/verify").param("code", " " + certificate.code().value().toLowerCase() + " ").with(from(address)))
                .andExpect(redirectedUrl(certificate.code().verifyPath()));
        mvc.perform(get("/verify").with(from(address)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kode sertifikat")));
    }

    @Test
    void anUnknownCodeGetsAPlainNotFoundPage() throws Exception {
        String address = freshAddress();
        mvc.perform(get("/verify/{code}", madeUpCode()).with(from(address)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Sertifikat tidak ditemukan"),
                        not(containsString("Sertifikat ini sah")))));
        mvc.perform(get("/verify/{code}", "<script>alert(1)</script>").with(from(address)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/verify/{code}/certificate.pdf", madeUpCode()).with(from(address)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Sertifikat tidak ditemukan")));
    }

    @Test
    void guessingCodesFromOneAddressIsSlowedDownWhileOtherAddressesAreNot() throws Exception {
        CertificateView real = certificates.issue(certificates.piece("51.04", aProduct().oneOfAKind()), null, null);
        String guesser = freshAddress();
        for (int i = 0; i < 11; i++) {
            mvc.perform(get("/verify/{code}", madeUpCode()).with(from(guesser))).andExpect(status().isNotFound());
        }
        // The eleventh miss makes the guesser wait: even a real code is not looked up now, nor a print made.
        mvc.perform(get(real.code().verifyPath()).with(from(guesser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "15"))
                .andExpect(content().string(allOf(containsString("Coba lagi dalam 1 menit"),
                        not(containsString(real.productTitle())))));
        mvc.perform(get(real.code().verifyPath() + "/certificate.pdf").with(from(guesser)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get(real.code().verifyPath()).with(from(freshAddress())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sertifikat ini sah.")));

        clock.advance(Duration.ofSeconds(16));
        mvc.perform(get(real.code().verifyPath()).with(from(guesser))).andExpect(status().isOk());
        // The next miss doubles the wait.
        mvc.perform(get("/verify/{code}", madeUpCode()).with(from(guesser))).andExpect(status().isNotFound());
        mvc.perform(get(real.code().verifyPath()).with(from(guesser)))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "30"));

        // One IPv6 home is one client, whichever address of its /64 it uses.
        mvc.perform(get("/verify/{code}", madeUpCode()).with(from("2001:db8:77:1::1")));
        for (int i = 2; i <= 11; i++) {
            mvc.perform(get("/verify/{code}", madeUpCode()).with(from("2001:db8:77:1::" + Integer.toHexString(i))));
        }
        mvc.perform(get(real.code().verifyPath()).with(from("2001:db8:77:1:abcd::9")))
                .andExpect(status().isTooManyRequests());

        clock.advance(Duration.ofHours(2));
        mvc.perform(get(real.code().verifyPath()).with(from(guesser))).andExpect(status().isOk());
    }

    @Test
    void theHitsOfAClientDoNotWipeItsMisses() throws Exception {
        CertificateView real = certificates.issue(certificates.piece("51.04", aProduct().oneOfAKind()), null, null);
        String guesser = freshAddress();
        for (int i = 0; i < 11; i++) {
            mvc.perform(get(real.code().verifyPath()).with(from(guesser))).andExpect(status().isOk());
            mvc.perform(get("/verify/{code}", madeUpCode()).with(from(guesser))).andExpect(status().isNotFound());
        }
        mvc.perform(get(real.code().verifyPath()).with(from(guesser))).andExpect(status().isTooManyRequests());
        assertThat(real.status().stands()).isTrue();
    }
}
