package id.kriya.notification;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.ArtisanVerified;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;
import org.springframework.modulith.test.EnableScenarios;

/** The artisan module's decisions reach the owner's mailbox through its events, as Spring Modulith scenarios. */
@KriyaWebTest
@EnableScenarios
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
    void ownerIsToldWhenTheCouncilVerifiesTheBusiness(Scenario scenario) {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness().in("51.04").named("Perak Celuk " + ArtisanMother.token());
        long id = artisans.register(owner.id(), business.details());

        scenario.stimulate(() -> verification.verify(people.officerOf("51.04").id(), id))
                .andWaitForEventOfType(ArtisanVerified.class).matching(event -> event.businessId() == id)
                .toArriveAndVerify(event -> {
                    OutboxMailView mail = outbox.awaitMailTo(owner.email());
                    assertThat(mail.template()).isEqualTo("artisanVerified");
                    assertThat(mail.body()).contains(business.name()).contains("/my/business");
                });
    }

    @Test
    void ownerReadsTheOfficersReasonWhenTheBusinessIsRejected(Scenario scenario) {
        KriyaUser owner = people.buyer();
        long id = artisans.register(owner.id(), aBusiness().in("51.03").details());

        scenario.stimulate(() -> verification.reject(people.officerOf("51.03").id(), id,
                        "Foto NIB tidak terbaca, mohon unggah ulang."))
                .andWaitForStateChange(() -> outbox.mailsTo(owner.email()), mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(mails.get(0).template()).isEqualTo("artisanRejected");
                    assertThat(mails.get(0).body()).contains("Foto NIB tidak terbaca");
                });
    }
}
