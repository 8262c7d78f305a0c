package id.kriya.trust.certificate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductMother;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.shared.Bali;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Certificates for tests: a published piece in a regency with an officer there, the certificate an officer issues
 * for it, and the officer's form as a browser would post it.
 */
@Component
public class TestCertificates {

    private final TestArtisans artisans;
    private final TestPeople people;
    private final CertificateRegistry registry;
    private final Clock clock;

    TestCertificates(TestArtisans artisans, TestPeople people, CertificateRegistry registry, Clock clock) {
        this.artisans = artisans;
        this.people = people;
        this.registry = registry;
        this.clock = clock;
    }

    /** A published piece of a fresh artisan in this regency, and an officer of that regency. */
    public Piece piece(String regionCode, ProductMother product) {
        Artisan artisan = artisans.verified(regionCode);
        return new Piece(artisan, artisans.published(artisan, product), people.officerOf(regionCode));
    }

    public record Piece(Artisan artisan, ProductView product, KriyaUser officer) {
    }

    /** The officer's certificate for a one-of-a-kind piece, or for piece {@code number} of an edition of {@code size}. */
    public CertificateView issue(Piece piece, Integer number, Integer size) {
        return registry.issue(piece.officer().id(), request(piece.product(), number, size));
    }

    public CertificateRequest request(ProductView product, Integer number, Integer size) {
        return new CertificateRequest(product.id(), product.maker(), product.technique(), "Motif cepuk, ATBM",
                List.of(new MaterialCheck("Sutra", "diperiksa serat dan kilaunya"),
                        new MaterialCheck("Pewarna alam", "diperiksa di bengkel")),
                "Tenun Endek Bali", "IDM000123456", number, size, Bali.today(clock), product.photoIds(), null);
    }

    /** The form fields as the officer's browser posts them, with these values changed. */
    public Map<String, String> form(ProductView product, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("maker", product.maker());
        fields.put("technique", product.technique().name());
        fields.put("techniqueNote", "Motif cepuk, ATBM");
        fields.put("checks[0].material", "Sutra");
        fields.put("checks[0].finding", "diperiksa serat dan kilaunya");
        fields.put("checks[1].material", "");
        fields.put("checks[1].finding", "");
        fields.put("geographicalIndication", "Tenun Endek Bali");
        fields.put("hakiNumber", "IDM000123456");
        fields.put("inspectedOn", LocalDate.now(clock.withZone(Bali.ZONE)).toString());
        fields.put("photos", product.coverId().toString());
        fields.put("remarks", "");
        fields.putAll(changes);
        return fields;
    }

    public static <B extends AbstractMockHttpServletRequestBuilder<B>> B posting(B request, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }
}
