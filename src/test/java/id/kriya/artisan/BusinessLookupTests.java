package id.kriya.artisan;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one lookup other modules use to find the business a signed-in person acts for. */
@KriyaWebTest
class BusinessLookupTests {

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    TestPeople people;

    @Test
    void personWithoutBusinessHasNone() {
        KriyaUser buyer = people.buyer();

        assertThat(artisans.businessOf(buyer.id())).isEmpty();
        assertThat(artisans.verifiedBusinessOf(buyer.id())).isEmpty();
        assertThat(artisans.businessIdOf(buyer.id())).isEmpty();
    }

    @Test
    void businessWaitingForTheCouncilIsTheOwnersButNotYetVerified() {
        KriyaUser owner = people.buyer();
        long id = artisans.register(owner.id(), aBusiness().details());

        assertThat(artisans.businessOf(owner.id())).get().extracting(ArtisanProfile::id).isEqualTo(id);
        assertThat(artisans.businessIdOf(owner.id())).contains(id);
        assertThat(artisans.verifiedBusinessOf(owner.id())).isEmpty();
    }

    @Test
    void ownerAndAcceptedStaffFindTheSameVerifiedBusinessAndAnInviteeNone() {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness();
        long id = people.verifiedBusiness(owner, business);
        KriyaUser staff = people.buyer();
        artisans.invite(owner.id(), staff.email(), "Komang Staf", Locale.ROOT);

        assertThat(artisans.businessIdOf(staff.id())).isEmpty();

        artisans.accept(staff.id(), artisans.invitationsFor(staff.id()).get(0).membershipId());

        for (KriyaUser person : new KriyaUser[] {owner, staff}) {
            assertThat(artisans.verifiedBusinessOf(person.id())).get()
                    .extracting(ArtisanProfile::id, ArtisanProfile::name).containsExactly(id, business.name());
            assertThat(artisans.businessIdOf(person.id())).contains(id);
        }
    }
}
