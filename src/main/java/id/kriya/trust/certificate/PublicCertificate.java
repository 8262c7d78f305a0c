package id.kriya.trust.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;

/**
 * What anyone holding the code may read: the piece, its maker and business, what the council checked, who issued it
 * and when, whether it stands, passed to a buyer or was revoked (with the reason), and its photos. Never a person's
 * contact or address: the buyer's name only when they agreed, the officer by name and position as signed.
 * {@code productSlug} and {@code businessSlug} are set only while the listing and the shop are public.
 */
public record PublicCertificate(CertificateCode code, CertificateStatus status, String productTitle,
                                String productSlug, String businessName, String businessSlug, String areaName,
                                String maker, Technique technique, String techniqueNote, Integer editionNumber,
                                Integer editionSize, List<MaterialCheck> checks, String geographicalIndication,
                                String hakiNumber, String remarks, LocalDate inspectedOn, Instant issuedAt,
                                String councilName, String officerName, String officerPosition,
                                List<PhotoId> photos, Instant transferredAt, String ownerName, Instant revokedAt,
                                String revokeReason, List<CertificateView.Step> steps) {

    public PublicCertificate {
        checks = List.copyOf(checks);
        photos = List.copyOf(photos);
        steps = List.copyOf(steps);
    }

    static PublicCertificate of(CertificateView certificate, String productSlug, String businessSlug,
                                String areaName) {
        return new PublicCertificate(certificate.code(), certificate.status(), certificate.productTitle(), productSlug,
                certificate.businessName(), businessSlug, areaName, certificate.maker(), certificate.technique(),
                certificate.techniqueNote(), certificate.editionNumber(), certificate.editionSize(),
                certificate.checks(), certificate.geographicalIndication(), certificate.hakiNumber(),
                certificate.remarks(), certificate.inspectedOn(), certificate.issuedAt(), certificate.councilName(),
                certificate.officerName(), certificate.officerPosition(), certificate.photos(),
                certificate.transferredAt(), certificate.ownerNamePublic() ? certificate.ownerName() : null,
                certificate.revokedAt(), certificate.revokeReason(), certificate.steps());
    }

    /** Standing and not revoked: the only state a page or a print may call valid. */
    public boolean isValid() {
        return status.stands();
    }

    public boolean isRevoked() {
        return status == CertificateStatus.REVOKED;
    }

    public boolean isTransferred() {
        return status == CertificateStatus.TRANSFERRED;
    }

    public boolean isEditionPiece() {
        return editionNumber != null;
    }
}
