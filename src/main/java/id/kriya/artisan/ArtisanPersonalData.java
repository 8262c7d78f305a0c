package id.kriya.artisan;

import java.util.Map;

import id.kriya.account.AccountDeleted;
import id.kriya.account.PersonalDataContributor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registry holds about a person, for their data download, and its erasure when they delete their
 * account. A micro-business registered by one person is that person's data: when the owner leaves, the business
 * leaves the registry with them; staff only lose their membership.
 */
@Component
class ArtisanPersonalData implements PersonalDataContributor {

    private final ArtisanManagement management;
    private final BusinessMembers members;
    private final Businesses businesses;
    private final ApplicationEventPublisher events;

    ArtisanPersonalData(ArtisanManagement management, BusinessMembers members, Businesses businesses,
                        ApplicationEventPublisher events) {
        this.management = management;
        this.members = members;
        this.businesses = businesses;
        this.events = events;
    }

    @Override
    public String section() {
        return "business";
    }

    @Override
    @Transactional(readOnly = true)
    public Object personalDataOf(long userId) {
        return management.membershipOf(userId)
                .map(membership -> membership.role() == MemberRole.OWNER
                        ? (Object) membership
                        // Staff see their own membership, not the owner's contact details.
                        : Map.of("role", membership.role(), "business", membership.business().name(),
                                "slug", membership.business().slug()))
                .orElse(null);
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        for (BusinessMember member : members.findByUserId(deleted.userId())) {
            if (member.role() == MemberRole.OWNER) {
                businesses.deleteById(member.businessId());
                events.publishEvent(new BusinessRemoved(member.businessId()));
            } else {
                members.delete(member);
            }
        }
    }
}
