package id.kriya.artisan;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.PersonalDataExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class ArtisanPersonalDataTests {

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PersonalDataExport export;

    @Test
    void ownersDownloadHoldsTheirBusiness() {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness().named("Perak " + ArtisanMother.token());
        artisans.register(owner.id(), business.details());

        Map<String, Object> data = export.of(owner.id());

        assertThat(data).containsKey("business");
        assertThat(data.get("business").toString()).contains(business.name()).contains(business.nib());
    }

    @Test
    void staffDownloadLeavesOutTheOwnersContact() {
        KriyaUser owner = people.buyer();
        KriyaUser staff = people.buyer();
        ArtisanMother business = aBusiness().withWhatsApp("081299887766");
        people.verifiedBusiness(owner, business);
        artisans.invite(owner.id(), staff.email(), staff.displayName(), Locale.ROOT);
        long invitation = artisans.invitationsFor(staff.id()).get(0).membershipId();
        artisans.accept(staff.id(), invitation);

        String data = String.valueOf(export.of(staff.id()).get("business"));

        assertThat(data).contains(business.name()).doesNotContain("6281299887766").doesNotContain(owner.email());
    }

    @Test
    void ownerWhoDeletesTheirAccountTakesTheBusinessOutOfTheRegistry() {
        KriyaUser owner = people.buyer();
        long businessId = artisans.register(owner.id(), aBusiness().details());

        accounts.delete(owner.id(), TestPeople.PASSWORD);

        await().atMost(Duration.ofSeconds(10)).until(() -> artisans.find(businessId).isEmpty());
    }

    @Test
    void staffWhoDeletesTheirAccountOnlyLeavesTheBusiness() {
        KriyaUser owner = people.buyer();
        KriyaUser staff = people.buyer();
        long businessId = people.verifiedBusiness(owner, aBusiness());
        artisans.invite(owner.id(), staff.email(), staff.displayName(), Locale.ROOT);
        artisans.accept(staff.id(), artisans.invitationsFor(staff.id()).get(0).membershipId());

        accounts.delete(staff.id(), TestPeople.PASSWORD);

        await().atMost(Duration.ofSeconds(10)).until(() -> artisans.staff(owner.id()).isEmpty());
        assertThat(artisans.find(businessId)).isPresent();
    }
}
