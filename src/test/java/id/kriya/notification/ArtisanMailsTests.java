package id.kriya.notification;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@KriyaWebTest
class ArtisanMailsTests {

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    ArtisanVerification verification;

    @Autowired
    ApplicationContext context;

    TestOutbox outbox;

    @BeforeEach
    void setUp() {
        outbox = new TestOutbox(context);
    }

    @Test
    void ownerIsToldWhenTheCouncilVerifiesTheBusiness() {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness().in("51.04").named("Perak Celuk " + ArtisanMother.token());
        long id = artisans.register(owner.id(), business.details());

        verification.verify(people.officerOf("51.04").id(), id);

        OutboxMailView mail = outbox.awaitMailTo(owner.email());
        assertThat(mail.template()).isEqualTo("artisanVerified");
        assertThat(mail.body()).contains(business.name()).contains("/my/business");
    }

    @Test
    void ownerReadsTheOfficersReasonWhenTheBusinessIsRejected() {
        KriyaUser owner = people.buyer();
        long id = artisans.register(owner.id(), aBusiness().in("51.03").details());

        verification.reject(people.officerOf("51.03").id(), id, "Foto NIB tidak terbaca, mohon unggah ulang.");

        OutboxMailView mail = outbox.awaitMailTo(owner.email());
        assertThat(mail.template()).isEqualTo("artisanRejected");
        assertThat(mail.body()).contains("Foto NIB tidak terbaca");
    }
}
