package id.kriya.trust.complaint;

import java.util.Optional;
import java.util.Set;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.trust.ComplaintParty;
import org.springframework.stereotype.Component;

/**
 * Who a person is in a complaint: its buyer, a member of the business complained of, or an officer whose area
 * holds that business (a regency's officer for their regency, a province's for all of it). Nobody else sees it:
 * for them it does not exist, the same answer as a wrong number.
 */
@Component
class ComplaintAccess {

    private final Complaints complaints;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;

    ComplaintAccess(Complaints complaints, ArtisanManagement artisans, CouncilManagement councils) {
        this.complaints = complaints;
        this.artisans = artisans;
        this.councils = councils;
    }

    Optional<ComplaintParty> partyOf(long userId, Complaint complaint) {
        if (complaint.buyerUserId() == userId) {
            return Optional.of(ComplaintParty.BUYER);
        }
        if (artisans.isMember(userId, complaint.businessId())) {
            return Optional.of(ComplaintParty.ARTISAN);
        }
        if (regionsOf(userId).contains(complaint.regionCode())) {
            return Optional.of(ComplaintParty.OFFICER);
        }
        return Optional.empty();
    }

    /** The complaint, locked for a step, when this person is this party in it. */
    Complaint lockedFor(long userId, String number, ComplaintParty party) {
        Complaint complaint = complaints.lockByNumber(number).orElseThrow(ComplaintNotFoundException::new);
        if (partyOf(userId, complaint).filter(party::equals).isEmpty()) {
            throw new ComplaintNotFoundException();
        }
        return complaint;
    }

    /** The areas whose complaints an officer mediates; none for anyone else. */
    Set<String> regionsOf(long userId) {
        return councils.jurisdictionOf(userId).map(Jurisdiction::regionCodes).orElse(Set.of());
    }

    /** The business the person works for, if any. */
    Optional<Long> businessOf(long userId) {
        return artisans.membershipOf(userId).map(membership -> membership.business().id());
    }

    /** The regency (or city) of the business, where its complaints are mediated. */
    String regionOf(long businessId) {
        return artisans.find(businessId).map(profile -> profile.regionCode())
                .orElseThrow(ComplaintNotFoundException::new);
    }
}
