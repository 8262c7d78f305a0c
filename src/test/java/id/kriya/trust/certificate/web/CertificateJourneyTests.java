package id.kriya.trust.certificate.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static id.kriya.trust.certificate.TestCertificates.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import id.kriya.trust.certificate.TestCertificates;
import id.kriya.trust.certificate.TestCertificates.Piece;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11's "done when", for certificates: an officer issues a certificate, its PDF's QR code opens /verify/…
 * showing valid, and the same address shows it revoked after the officer revokes it, as does a fresh print.
 */
@KriyaWebTest
class CertificateJourneyTests {

    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCertificates certificates;

    @Value("${kriya.base-url}")
    String baseUrl;

    @Test
    void theQrCodeOfThePrintedCertificateOpensItsPageValidThenRevoked() throws Exception {
        assumeTrue(Files.isExecutable(PDFTOPPM), "poppler-utils is not installed");
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind().titled("Selendang Endek Gringsing Wayang"));

        String location = mvc.perform(posting(post("/officer/certificates/products/{id}/new", piece.product().id()),
                        certificates.form(piece.product(), Map.of())).with(user(piece.officer())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String officerPage = mvc.perform(get(location).with(user(piece.officer())))
                .andReturn().getResponse().getContentAsString();
        String pdfPath = officerPage.replaceAll("(?s).*href=\"(/verify/[^\"]+/certificate\\.pdf)\".*", "$1");

        byte[] pdf = mvc.perform(get(pdfPath)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Sertifikat Keaslian", "Certificate of Authenticity", "SAH / VALID",
                "Selendang Endek Gringsing Wayang", "Ni Luh Sari", "Dekranasda Kabupaten Gianyar");

        String scanned = qrCodeOf(pdf, "certificate-valid");
        assertThat(scanned).startsWith(baseUrl + "/verify/");
        String verifyPath = scanned.substring(baseUrl.length());
        mvc.perform(get(verifyPath)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sertifikat ini sah."),
                        containsString("Selendang Endek Gringsing Wayang"))));

        String reason = "Motif ternyata dicetak, bukan ditenun; diperiksa ulang di bengkel.";
        String certificateId = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/officer/certificates/{id}/revoke", certificateId).param("reason", reason)
                .with(user(piece.officer())).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(verifyPath)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("DICABUT"), containsString(reason),
                        not(containsString("Sertifikat ini sah.")))));
        byte[] reprinted = mvc.perform(get(pdfPath)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(reprinted)).contains("DICABUT", "REVOKED", reason).doesNotContain("SAH / VALID");
        assertThat(qrCodeOf(reprinted, "certificate-revoked")).isEqualTo(scanned);
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The QR code read as a phone would, from the first page printed at 300 dpi (kept in target/screenshots). */
    static String qrCodeOf(byte[] pdf, String name) throws Exception {
        Path dir = Files.createTempDirectory("certificate");
        Files.write(dir.resolve("certificate.pdf"), pdf);
        Process render = new ProcessBuilder(PDFTOPPM.toString(), "-r", "300", "-f", "1", "-l", "1", "-png",
                dir.resolve("certificate.pdf").toString(), dir.resolve("page").toString()).inheritIO().start();
        assertThat(render.waitFor()).isZero();
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(file -> file.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(png, Path.of("target/screenshots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(png.toFile()))));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
