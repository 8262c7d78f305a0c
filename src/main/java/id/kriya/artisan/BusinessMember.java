package id.kriya.artisan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's place in a business: the owner from registration, staff from an accepted invitation. E-mail and name
 * are kept as invited so the owner's staff list needs no look-up in the account module per row.
 */
@Entity
@Table(name = "artisan_membership")
class BusinessMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long businessId;
    private Long userId;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private boolean accepted;
    private String email;
    private String displayName;
    private Instant createdAt;

    protected BusinessMember() {
    }

    private BusinessMember(long businessId, long userId, MemberRole role, boolean accepted, String email,
                           String displayName, Instant now) {
        this.businessId = businessId;
        this.userId = userId;
        this.role = role;
        this.accepted = accepted;
        this.email = email.strip();
        this.displayName = displayName.strip();
        this.createdAt = now;
    }

    static BusinessMember owner(long businessId, long userId, String email, String displayName, Instant now) {
        return new BusinessMember(businessId, userId, MemberRole.OWNER, true, email, displayName, now);
    }

    static BusinessMember invited(long businessId, long userId, String email, String displayName, Instant now) {
        return new BusinessMember(businessId, userId, MemberRole.STAFF, false, email, displayName, now);
    }

    void accept() {
        if (accepted) {
            throw new IllegalStateException("Membership " + id + " is already accepted");
        }
        accepted = true;
    }

    StaffMember toStaffMember() {
        return new StaffMember(id, userId, email, displayName, accepted);
    }

    Long id() {
        return id;
    }

    Long businessId() {
        return businessId;
    }

    Long userId() {
        return userId;
    }

    MemberRole role() {
        return role;
    }

    boolean isAccepted() {
        return accepted;
    }
}
