package id.kriya.trust.certificate;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers who hold certificates: the pieces they bought with one, and their choice whether the certificate's public
 * page names them as its holder (it does not until they say so).
 */
@Service
@Transactional
public class CertificateHolders {

    private final Certificates certificates;
    private final PublicCertificates publicCertificates;

    CertificateHolders(Certificates certificates, PublicCertificates publicCertificates) {
        this.certificates = certificates;
        this.publicCertificates = publicCertificates;
    }

    /** The certificates passed to this person, the latest first, with whether their name is shown. */
    @Transactional(readOnly = true)
    public List<Held> of(long userId) {
        return certificates.findByOwnerUserIdOrderByTransferredAtDesc(userId).stream()
                .map(certificate -> {
                    CertificateView view = certificate.toView();
                    return new Held(publicCertificates.of(view), view.ownerName(), view.ownerNamePublic());
                })
                .toList();
    }

    /** A certificate as its holder sees it: the public page, their own name, and whether the public sees it too. */
    public record Held(PublicCertificate certificate, String ownerName, boolean namePublic) {
    }

    /**
     * Shows or hides the holder's name on the certificate's public page and print.
     *
     * @throws CertificateNotFoundException when the code is no certificate this person holds
     */
    public void showName(long userId, String code, boolean show) {
        Certificate certificate = CertificateCode.parse(code).flatMap(parsed -> certificates.findByCode(parsed.value()))
                .filter(found -> found.isOwnedBy(userId))
                .orElseThrow(CertificateNotFoundException::new);
        certificate.showOwnerName(userId, show);
    }
}
