package id.kriya.trust.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.kriya.catalog.ProductCatalog;
import id.kriya.shared.ClientAddress;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of certificates: anyone with a code reads its certificate, and a product page lists those that
 * stand for it. Codes that match nothing are counted per client network in the database (every instance sees the
 * same count, see {@link VerifyThrottle}); a client that missed too often must wait before it may look up any
 * code, a right one included, so that guessing cannot go on between a few known codes.
 */
@Service
@Transactional
public class CertificateVerification {

    private final Certificates certificates;
    private final VerifyThrottles throttles;
    private final PublicCertificates publicCertificates;
    private final ProductCatalog catalog;
    private final Clock clock;

    CertificateVerification(Certificates certificates, VerifyThrottles throttles, PublicCertificates publicCertificates,
                            ProductCatalog catalog, Clock clock) {
        this.certificates = certificates;
        this.throttles = throttles;
        this.publicCertificates = publicCertificates;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Looks a code up as typed or scanned.
     *
     * @param clientAddress the request's remote address; {@code null} when unknown (then nothing is counted)
     */
    public Verification verify(String typedCode, String clientAddress) {
        Instant now = clock.instant();
        Optional<String> client = ClientAddress.network(clientAddress).map(CertificateVerification::key);
        Optional<Duration> wait = client.flatMap(throttles::findById).flatMap(throttle -> throttle.waitAt(now));
        if (wait.isPresent()) {
            return Verification.mustWait(wait.get());
        }
        Optional<Certificate> found = CertificateCode.parse(typedCode).flatMap(code -> certificates.findByCode(code.value()));
        if (found.isEmpty()) {
            client.ifPresent(key -> {
                throttles.ensure(key, now);
                throttles.lock(key).orElseThrow().recordMiss(now);
            });
            return Verification.unknown();
        }
        return Verification.found(publicCertificates.of(found.get().toView()));
    }

    /**
     * The certificates that stand for a public product, its edition's pieces in number order; none for a product
     * that is not public.
     */
    @Transactional(readOnly = true)
    public List<PublicCertificate> ofProduct(String productSlug) {
        return catalog.published(productSlug)
                .map(product -> certificates.standingFor(product.id()).stream()
                        .map(certificate -> publicCertificates.of(certificate.toView())).toList())
                .orElse(List.of());
    }

    /** Counts nobody has added to for longer than they are remembered say nothing; any instance may sweep them. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    public void sweep() {
        throttles.deleteStale(clock.instant().minus(VerifyThrottle.FORGET_AFTER));
    }

    static String key(String network) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(("VERIFY:" + network).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
