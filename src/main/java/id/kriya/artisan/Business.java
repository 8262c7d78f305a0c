package id.kriya.artisan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.kriya.artisan.certification.Certification;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * An IKM/UMKM business. Guards its verification: only a pending business is verified or rejected, and a change
 * to what the council vouched for (name, owner, regency, NIB, certifications) sends a verified one back for review.
 */
@Entity
@Table(name = "artisan_business")
class Business {

    /** Invitations carry a stranger's e-mail address and a typed name: a few a day is plenty for a craft business. */
    static final int INVITATIONS_PER_DAY = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String ownerName;
    @Column(name = "whatsapp")
    private String whatsApp;
    private String email;
    private String regionCode;
    private String village;
    private String address;
    private Integer foundedYear;
    private Integer workers;
    private String story;
    private String nib;

    @Enumerated(EnumType.STRING)
    private BusinessStatus status;

    private String rejectionReason;
    private Long reviewedBy;
    private Instant reviewedAt;
    private Instant createdAt;
    private Instant updatedAt;

    private LocalDate invitationDay;
    private int invitationsThatDay;

    @Version
    private long version;

    // Batch loading keeps a page of businesses at three queries, however many rows it shows.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "artisan_business_craft", joinColumns = @JoinColumn(name = "business_id"))
    @Column(name = "craft")
    @Enumerated(EnumType.STRING)
    private Set<Craft> crafts = EnumSet.noneOf(Craft.class);

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "artisan_business_certification", joinColumns = @JoinColumn(name = "business_id"))
    private Set<HeldCertification> certifications = new HashSet<>();

    protected Business() {
    }

    Business(String slug, BusinessDetails details, Instant now) {
        this.slug = slug;
        this.status = BusinessStatus.PENDING;
        this.createdAt = now;
        apply(details, now);
    }

    /**
     * The owner's changes. A rejected business goes back to pending (a resubmission); a verified one does too when
     * the change touches what the council checked. Returns true when the business now waits for review again.
     */
    boolean change(BusinessDetails details, Instant now) {
        boolean legalChange = !details.name().strip().equals(name) || !details.ownerName().strip().equals(ownerName)
                || !details.regionCode().equals(regionCode) || !java.util.Objects.equals(details.nib(), nib)
                || !certificationsOf(details).equals(certifications);
        apply(details, now);
        if (status == BusinessStatus.REJECTED || (status == BusinessStatus.VERIFIED && legalChange)) {
            status = BusinessStatus.PENDING;
            rejectionReason = null;
            return true;
        }
        return false;
    }

    /** Counts one staff invitation sent on {@code today}; only a verified business invites, and only so many a day. */
    void recordInvitation(LocalDate today) {
        if (status != BusinessStatus.VERIFIED) {
            throw new ArtisanRuleException("artisan.staff.notVerified");
        }
        if (!today.equals(invitationDay)) {
            invitationDay = today;
            invitationsThatDay = 0;
        }
        if (invitationsThatDay >= INVITATIONS_PER_DAY) {
            throw new ArtisanRuleException("artisan.staff.dailyLimit");
        }
        invitationsThatDay++;
    }

    void verify(long officerId, Instant now) {
        requirePending();
        status = BusinessStatus.VERIFIED;
        rejectionReason = null;
        reviewedBy = officerId;
        reviewedAt = now;
    }

    void reject(long officerId, String reason, Instant now) {
        requirePending();
        if (reason == null || reason.strip().length() < 10 || reason.strip().length() > 500) {
            throw new IllegalArgumentException("A rejection needs a reason of 10 to 500 characters");
        }
        status = BusinessStatus.REJECTED;
        rejectionReason = reason.strip();
        reviewedBy = officerId;
        reviewedAt = now;
    }

    private void requirePending() {
        if (status != BusinessStatus.PENDING) {
            throw new IllegalStateException("Business " + id + " is " + status + ", not pending");
        }
    }

    private void apply(BusinessDetails details, Instant now) {
        this.name = details.name().strip();
        this.ownerName = details.ownerName().strip();
        this.whatsApp = details.whatsApp();
        this.email = details.email().strip();
        this.regionCode = details.regionCode();
        this.village = details.village().strip();
        this.address = details.address().strip();
        this.foundedYear = details.foundedYear();
        this.workers = details.workers();
        this.story = details.story().strip();
        this.nib = details.nib();
        this.crafts.clear();
        this.crafts.addAll(details.crafts());
        this.certifications.clear();
        this.certifications.addAll(certificationsOf(details));
        this.updatedAt = now;
    }

    private static Set<HeldCertification> certificationsOf(BusinessDetails details) {
        return details.certifications().stream().map(HeldCertification::new).collect(Collectors.toSet());
    }

    ArtisanSummary toSummary() {
        return new ArtisanSummary(id, slug, name, ownerName, regionCode, village, sortedCrafts(), status, createdAt,
                nib != null);
    }

    ArtisanProfile toProfile() {
        return new ArtisanProfile(id, slug, name, ownerName, whatsApp, email, regionCode, village, address,
                sortedCrafts(), foundedYear, workers, story, nib,
                certifications.stream().map(HeldCertification::toCertification)
                        .sorted(Comparator.comparing(Certification::type)).toList(),
                status, rejectionReason, createdAt, reviewedAt, version);
    }

    private Set<Craft> sortedCrafts() {
        return crafts.isEmpty() ? EnumSet.noneOf(Craft.class) : EnumSet.copyOf(crafts);
    }

    Long id() {
        return id;
    }

    String regionCode() {
        return regionCode;
    }

    String name() {
        return name;
    }

    BusinessStatus status() {
        return status;
    }

    long version() {
        return version;
    }
}
