package id.kriya.trust.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;

/**
 * A certificate as the officers of its area and its holder read it. {@code ownerName} is the buyer's name as the
 * order has it: pages for the public show it only when {@code ownerNamePublic} (see {@link PublicCertificate}).
 */
public record CertificateView(long id, CertificateCode code, long productId, long businessId, String regionCode,
                              String productTitle, String businessName, String maker, Technique technique,
                              String techniqueNote, Integer editionNumber, Integer editionSize,
                              List<MaterialCheck> checks, String geographicalIndication, String hakiNumber,
                              String remarks, LocalDate inspectedOn, Instant issuedAt, String councilCode,
                              String councilName, String officerName, String officerPosition, List<PhotoId> photos,
                              CertificateStatus status, Instant transferredAt, String ownerName,
                              boolean ownerNamePublic, Instant revokedAt, String revokeReason, List<Step> steps) {

    public CertificateView {
        checks = List.copyOf(checks);
        photos = List.copyOf(photos);
        steps = List.copyOf(steps);
    }

    /** One piece of a limited edition, numbered; otherwise the only piece there is. */
    public boolean isEditionPiece() {
        return editionNumber != null;
    }

    public boolean isRevoked() {
        return status == CertificateStatus.REVOKED;
    }

    public boolean isTransferred() {
        return status == CertificateStatus.TRANSFERRED;
    }

    /** One step of the history: issued, transferred, transfer undone, revoked; labels from the bundle. */
    public record Step(String kind, Instant at) {

        public String messageKey() {
            return "trust.certificate.step." + kind;
        }
    }
}
