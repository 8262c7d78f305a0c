package id.kriya.trust.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A council's certificate that a piece is what it is said to be. It keeps what it stated when issued, whatever
 * happens to the listing later, and guards its own life: a valid certificate passes to the buyer who paid for the
 * piece, and back if that sale is cancelled; a valid or transferred one is revoked with a reason, and a revoked one
 * is never valid again. Every step is appended to its history. The database repeats what it can (the code's shape,
 * an edition number within its size, one standing certificate per piece, a reason when revoked).
 */
@Entity
@Table(name = "trust_certificate")
class Certificate {

    static final int REASON_MIN = 10;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long productId;
    private long businessId;
    private String regionCode;
    private String productTitle;
    private String businessName;
    private String maker;

    @Enumerated(EnumType.STRING)
    private Technique technique;

    private String techniqueNote;
    private Integer editionNumber;
    private Integer editionSize;
    private String geographicalIndication;
    private String hakiNumber;
    private String remarks;
    private LocalDate inspectedOn;
    private Instant issuedAt;
    private String councilCode;
    private String councilName;
    private long officerUserId;
    private String officerName;
    private String officerPosition;

    @Enumerated(EnumType.STRING)
    private CertificateStatus status;

    private Long saleOrderId;
    private Long ownerUserId;
    private String ownerName;
    private boolean ownerNamePublic;
    private Instant transferredAt;
    private Instant revokedAt;
    private Long revokedBy;
    private String revokeReason;

    @ElementCollection
    @CollectionTable(name = "trust_certificate_check", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Check> checks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "trust_certificate_photo", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    @BatchSize(size = 50)
    private List<UUID> photos = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "trust_certificate_step", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Step> steps = new ArrayList<>();

    @Version
    private long version;

    protected Certificate() {
    }

    /**
     * A new, valid certificate. The caller has checked who issues it and for which product; what is stated is
     * checked here once more, so nothing out of range reaches the table.
     */
    Certificate(CertificateCode code, CertificateRequest request, Issuer issuer, Piece piece, Instant now) {
        check(request, now);
        this.code = code.value();
        this.productId = request.productId();
        this.businessId = piece.businessId();
        this.regionCode = piece.regionCode();
        this.productTitle = piece.title();
        this.businessName = piece.businessName();
        this.maker = request.maker().strip();
        this.technique = request.technique();
        this.techniqueNote = blankToNull(request.techniqueNote());
        this.editionNumber = request.editionNumber();
        this.editionSize = request.editionSize();
        this.geographicalIndication = blankToNull(request.geographicalIndication());
        this.hakiNumber = blankToNull(request.hakiNumber());
        this.remarks = blankToNull(request.remarks());
        this.inspectedOn = request.inspectedOn();
        this.issuedAt = now;
        this.councilCode = issuer.councilCode();
        this.councilName = issuer.councilName();
        this.officerUserId = issuer.userId();
        this.officerName = issuer.name();
        this.officerPosition = issuer.position();
        this.status = CertificateStatus.VALID;
        request.checks().forEach(line -> checks.add(new Check(line.material().strip(), line.finding().strip())));
        request.photos().forEach(photo -> photos.add(photo.value()));
        steps.add(new Step(StepKind.ISSUED, now));
    }

    /** Who issues: the officer and their council, as they are named on the day. */
    record Issuer(long userId, String name, String position, String councilCode, String councilName) {
    }

    /** The product the certificate is for, as it is listed on the day. */
    record Piece(long businessId, String regionCode, String title, String businessName) {
    }

    /**
     * The piece was paid for: the certificate passes to its buyer, whose name is kept but shown to the public only
     * when they agree. A certificate already passed on in this sale stays as it is (the news came twice).
     *
     * @return whether it passed now
     */
    boolean transferTo(long orderId, Long buyerUserId, String buyerName, Instant now) {
        if (status == CertificateStatus.TRANSFERRED && Objects.equals(saleOrderId, orderId)) {
            return false;
        }
        if (status != CertificateStatus.VALID) {
            throw new CertificateRuleException("trust.certificate.rule.notTransferable");
        }
        if (buyerName == null || buyerName.isBlank()) {
            throw new IllegalArgumentException("A buyer has a name");
        }
        status = CertificateStatus.TRANSFERRED;
        saleOrderId = orderId;
        ownerUserId = buyerUserId;
        ownerName = buyerName.strip().length() > 100 ? buyerName.strip().substring(0, 100) : buyerName.strip();
        ownerNamePublic = false;
        transferredAt = now;
        steps.add(new Step(StepKind.TRANSFERRED, now));
        return true;
    }

    /**
     * The sale that took this certificate was cancelled: it is the artisan's again, valid, as before the sale. A
     * certificate revoked meanwhile stays revoked; one of another sale is not touched.
     *
     * @return whether it came back now
     */
    boolean undoTransfer(long orderId, Instant now) {
        if (status != CertificateStatus.TRANSFERRED || !Objects.equals(saleOrderId, orderId)) {
            return false;
        }
        status = CertificateStatus.VALID;
        saleOrderId = null;
        ownerUserId = null;
        ownerName = null;
        ownerNamePublic = false;
        transferredAt = null;
        steps.add(new Step(StepKind.TRANSFER_UNDONE, now));
        return true;
    }

    /** The council withdraws the certificate for good; the reason is shown on its public page and its print. */
    void revoke(long officerId, String reason, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw new CertificateRuleException("trust.certificate.rule.alreadyRevoked");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            throw new CertificateRuleException("reason", "trust.certificate.revoke.reason.size");
        }
        status = CertificateStatus.REVOKED;
        revokedAt = now;
        revokedBy = officerId;
        revokeReason = text;
        steps.add(new Step(StepKind.REVOKED, now));
    }

    /** The buyer who holds it says whether the public page may show their name. */
    void showOwnerName(long userId, boolean show) {
        if (ownerUserId == null || ownerUserId != userId) {
            throw new CertificateNotFoundException();
        }
        ownerNamePublic = show;
    }

    boolean isOwnedBy(long userId) {
        return ownerUserId != null && ownerUserId == userId;
    }

    private static void check(CertificateRequest request, Instant now) {
        require(request.maker() != null && !request.maker().isBlank()
                && request.maker().strip().length() <= CertificateRequest.MAKER_MAX, "maker");
        require(request.technique() != null, "technique");
        require(fits(request.techniqueNote(), CertificateRequest.TECHNIQUE_NOTE_MAX), "technique note");
        require(!request.checks().isEmpty() && request.checks().size() <= CertificateRequest.CHECKS_MAX, "checks");
        for (MaterialCheck line : request.checks()) {
            require(line.material() != null && !line.material().isBlank()
                    && line.material().strip().length() <= MaterialCheck.MATERIAL_MAX, "material");
            require(line.finding() != null && !line.finding().isBlank()
                    && line.finding().strip().length() <= MaterialCheck.FINDING_MAX, "finding");
        }
        require(fits(request.geographicalIndication(), CertificateRequest.GEOGRAPHICAL_INDICATION_MAX), "indication");
        require(fits(request.hakiNumber(), CertificateRequest.HAKI_MAX), "haki");
        require(fits(request.remarks(), CertificateRequest.REMARKS_MAX), "remarks");
        require((request.editionNumber() == null && request.editionSize() == null)
                || (request.editionNumber() != null && request.editionSize() != null && request.editionNumber() >= 1
                && request.editionNumber() <= request.editionSize() && request.editionSize() >= 2
                && request.editionSize() <= CertificateRequest.EDITION_MAX), "edition");
        require(request.inspectedOn() != null
                && !request.inspectedOn().isAfter(now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)), "inspected on");
        require(!request.photos().isEmpty() && request.photos().size() <= CertificateRequest.PHOTOS_MAX
                && request.photos().stream().distinct().count() == request.photos().size(), "photos");
    }

    private static boolean fits(String text, int max) {
        return text == null || text.strip().length() <= max;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid certificate " + what);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    CertificateView toView() {
        return new CertificateView(id == null ? 0 : id, new CertificateCode(code), productId, businessId, regionCode,
                productTitle, businessName, maker, technique, techniqueNote, editionNumber, editionSize,
                checks.stream().map(line -> new MaterialCheck(line.material, line.finding)).toList(),
                geographicalIndication, hakiNumber, remarks, inspectedOn, issuedAt, councilCode, councilName,
                officerName, officerPosition, photos.stream().map(PhotoId::new).toList(), status, transferredAt,
                ownerName, ownerNamePublic, revokedAt, revokeReason,
                steps.stream().map(step -> new CertificateView.Step(step.kind.name(), step.at)).toList());
    }

    Long id() {
        return id;
    }

    long productId() {
        return productId;
    }

    String regionCode() {
        return regionCode;
    }

    CertificateStatus status() {
        return status;
    }

    Integer editionSize() {
        return editionSize;
    }

    enum StepKind { ISSUED, TRANSFERRED, TRANSFER_UNDONE, REVOKED }

    /** One line of what was checked, as the table keeps it. */
    @Embeddable
    static class Check {

        private String material;
        private String finding;

        protected Check() {
        }

        Check(String material, String finding) {
            this.material = material;
            this.finding = finding;
        }
    }

    /** One step of the certificate's history. */
    @Embeddable
    static class Step {

        @Enumerated(EnumType.STRING)
        private StepKind kind;

        private Instant at;

        protected Step() {
        }

        Step(StepKind kind, Instant at) {
            this.kind = kind;
            this.at = at;
        }
    }
}
