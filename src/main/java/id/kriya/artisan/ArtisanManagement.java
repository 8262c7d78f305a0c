package id.kriya.artisan;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountView;
import id.kriya.account.Role;
import id.kriya.artisan.identifiers.Slugs;
import id.kriya.shared.Bali;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The artisan module's public face for owners and staff: registering and editing a business, its staff and their
 * invitations, and who belongs where. Every change is checked against the signed-in person's own membership.
 */
@Service
@Transactional
@NamedInterface("api")
public class ArtisanManagement {

    /** Bali keeps Bali.ZONE time: an owner's day of invitations starts at their midnight. */

    private final Businesses businesses;
    private final BusinessMembers members;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArtisanManagement(Businesses businesses, BusinessMembers members, AccountManagement accounts,
                      ApplicationEventPublisher events, Clock clock) {
        this.businesses = businesses;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the person's business, pending verification, and makes them an artisan. */
    public long register(long ownerId, BusinessDetails details) {
        if (members.existsByUserIdAndAcceptedTrue(ownerId)) {
            throw new ArtisanRuleException("artisan.register.alreadyMember");
        }
        if (details.nib() != null && businesses.existsByNib(details.nib())) {
            throw new ArtisanRuleException("artisan.nib.taken");
        }
        AccountView owner = accounts.find(ownerId).orElseThrow(() -> new IllegalArgumentException("No account " + ownerId));
        Business business = businesses.save(new Business(freeSlug(details.name()), details, clock.instant()));
        members.save(BusinessMember.owner(business.id(), ownerId, owner.email(), owner.displayName(), clock.instant()));
        accounts.grant(ownerId, Role.ARTISAN);
        events.publishEvent(new ArtisanRegistered(business.id(), ownerId, business.regionCode()));
        return business.id();
    }

    /** The owner's changes to their own business; true when it now waits for the council again. */
    public boolean update(long ownerId, BusinessDetails details) {
        BusinessMember owner = ownMembership(ownerId).filter(member -> member.role() == MemberRole.OWNER)
                .orElseThrow(() -> new ArtisanRuleException("artisan.edit.ownerOnly"));
        Business business = businesses.findById(owner.businessId()).orElseThrow();
        if (details.nib() != null && businesses.existsByNibAndIdNot(details.nib(), business.id())) {
            throw new ArtisanRuleException("artisan.nib.taken");
        }
        boolean backToReview = business.change(details, clock.instant());
        if (backToReview) {
            events.publishEvent(new ArtisanRegistered(business.id(), ownerId, business.regionCode()));
        }
        return backToReview;
    }

    @Transactional(readOnly = true)
    public Optional<ArtisanProfile> find(long businessId) {
        return businesses.findById(businessId).map(Business::toProfile);
    }

    /** Businesses by id, whatever their status, in one query: for lists that name many; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<Long, ArtisanProfile> findAll(Collection<Long> businessIds) {
        return businesses.findAllById(businessIds).stream().map(Business::toProfile)
                .collect(Collectors.toMap(ArtisanProfile::id, Function.identity()));
    }

    /** The person who registered this business, to whom news about it goes. */
    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(long businessId) {
        return members.findByBusinessIdAndRoleOrderByCreatedAt(businessId, MemberRole.OWNER).stream()
                .findFirst()
                .map(BusinessMember::userId);
    }

    /** A verified business by its public address. */
    @Transactional(readOnly = true)
    public Optional<ArtisanProfile> findBySlug(String slug) {
        return businesses.findBySlugAndStatus(slug, BusinessStatus.VERIFIED).map(Business::toProfile);
    }

    /** The business this person owns or works for, with their role in it. */
    @Transactional(readOnly = true)
    public Optional<Membership> membershipOf(long userId) {
        return ownMembership(userId).map(member -> new Membership(member.id(), member.role(),
                businesses.findById(member.businessId()).orElseThrow().toProfile()));
    }

    /** The business this person owns or works for, whatever the council has said of it yet. */
    @Transactional(readOnly = true)
    public Optional<ArtisanProfile> businessOf(long userId) {
        return membershipOf(userId).map(Membership::business);
    }

    /** The business this person owns or works for, once verified by the council; empty while it waits or if refused. */
    @Transactional(readOnly = true)
    public Optional<ArtisanProfile> verifiedBusinessOf(long userId) {
        return businessOf(userId).filter(business -> business.status() == BusinessStatus.VERIFIED);
    }

    /** The id of the business this person owns or works for, whatever its status, without reading the business. */
    @Transactional(readOnly = true)
    public Optional<Long> businessIdOf(long userId) {
        return ownMembership(userId).map(BusinessMember::businessId);
    }

    @Transactional(readOnly = true)
    public boolean isMember(long userId, long businessId) {
        return ownMembership(userId).map(member -> member.businessId() == businessId).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isNibTaken(String nib, Long exceptBusinessId) {
        return exceptBusinessId == null ? businesses.existsByNib(nib) : businesses.existsByNibAndIdNot(nib, exceptBusinessId);
    }

    /** Staff of the owner's business, invited or accepted. */
    @Transactional(readOnly = true)
    public List<StaffMember> staff(long ownerId) {
        return ownedBusiness(ownerId)
                .map(owner -> members.findByBusinessIdAndRoleOrderByCreatedAt(owner.businessId(), MemberRole.STAFF)
                        .stream().map(BusinessMember::toStaffMember).toList())
                .orElse(List.of());
    }

    /**
     * Invites a person by e-mail to the owner's business; a new person gets an e-mail to choose a password. Only a
     * verified business invites, and at most {@value Business#INVITATIONS_PER_DAY} times a day (Bali.ZONE).
     */
    public void invite(long ownerId, String email, String name, Locale locale) {
        BusinessMember owner = ownedBusiness(ownerId).orElseThrow(() -> new ArtisanRuleException("artisan.edit.ownerOnly"));
        businesses.findById(owner.businessId()).orElseThrow().recordInvitation(Bali.today(clock));
        long userId = accounts.invite(email.strip(), name.strip(), locale);
        if (userId == ownerId || members.existsByBusinessIdAndUserId(owner.businessId(), userId)) {
            throw new ArtisanRuleException("artisan.staff.already");
        }
        members.save(BusinessMember.invited(owner.businessId(), userId, email, name, clock.instant()));
    }

    /** Removes staff (or withdraws an invitation) from the owner's business; the person stops being an artisan. */
    public void removeStaff(long ownerId, long membershipId) {
        BusinessMember owner = ownedBusiness(ownerId).orElseThrow(() -> new ArtisanRuleException("artisan.edit.ownerOnly"));
        BusinessMember staff = members.findById(membershipId)
                .filter(member -> member.businessId().equals(owner.businessId()) && member.role() == MemberRole.STAFF)
                .orElseThrow(() -> new BusinessNotFoundException(membershipId));
        members.delete(staff);
        if (staff.isAccepted()) {
            accounts.revoke(staff.userId(), Role.ARTISAN);
        }
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitationsFor(long userId) {
        return members.invitationsFor(userId);
    }

    /** Accepts an invitation addressed to this person: they become staff and an artisan. */
    public void accept(long userId, long membershipId) {
        BusinessMember invitation = members.findByIdAndUserIdAndAcceptedFalse(membershipId, userId)
                .orElseThrow(() -> new BusinessNotFoundException(membershipId));
        if (members.existsByUserIdAndAcceptedTrue(userId)) {
            throw new ArtisanRuleException("artisan.register.alreadyMember");
        }
        invitation.accept();
        try {
            // Written now: two invitations accepted at the same moment meet the one-business-per-person index here.
            members.saveAndFlush(invitation);
        } catch (DataIntegrityViolationException e) {
            throw new ArtisanRuleException("artisan.register.alreadyMember");
        }
        accounts.grant(userId, Role.ARTISAN);
    }

    public void decline(long userId, long membershipId) {
        members.delete(members.findByIdAndUserIdAndAcceptedFalse(membershipId, userId)
                .orElseThrow(() -> new BusinessNotFoundException(membershipId)));
    }

    private Optional<BusinessMember> ownMembership(long userId) {
        return members.findByUserIdAndAcceptedTrue(userId);
    }

    private Optional<BusinessMember> ownedBusiness(long userId) {
        return ownMembership(userId).filter(member -> member.role() == MemberRole.OWNER);
    }

    private String freeSlug(String name) {
        String base = Slugs.of(name);
        String candidate = base;
        for (int n = 2; businesses.existsBySlug(candidate); n++) {
            candidate = Slugs.numbered(base, n);
        }
        return candidate;
    }
}
