package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanRejected;
import id.kriya.artisan.ArtisanRuleException;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.ArtisanVerified;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
@RecordApplicationEvents
class VerificationTests {

    static final String GIANYAR = "51.04";
    static final String BADUNG = "51.03";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ArtisanVerification verification;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void registeredBusinessIsVerifiedByItsRegencyAndThenShowsPublicly() throws Exception {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness().in(GIANYAR).named("Ukiran Mas " + ArtisanMother.token());
        mvc.perform(business.asForm(post("/my/business/new")).with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl("/my/business"));
        var profile = artisans.membershipOf(owner.id()).orElseThrow().business();
        mvc.perform(get("/artisans/{slug}", profile.slug())).andExpect(status().isNotFound());

        KriyaUser officer = people.officerOf(GIANYAR);
        mvc.perform(get("/officer/members").param("status", "PENDING").param("q", business.name()).with(user(officer)))
                .andExpect(view().name(OfficerMembersController.LIST_VIEW))
                .andExpect(content().string(containsString(business.name())));
        mvc.perform(get("/officer/members/{id}", profile.id()).with(user(officer)))
                .andExpect(content().string(containsString(profile.nib())));
        mvc.perform(post("/officer/members/{id}/verify", profile.id()).param("version", people.versionOf(profile.id())).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/members/" + profile.id()))
                .andExpect(flash().attribute("flash", "artisan.review.verified"));

        assertThat(artisans.find(profile.id()).orElseThrow().status()).isEqualTo(BusinessStatus.VERIFIED);
        assertThat(events.stream(ArtisanVerified.class))
                .anyMatch(event -> event.businessId() == profile.id() && event.officerId() == officer.id());
        mvc.perform(get("/artisans/{slug}", profile.slug()))
                .andExpect(view().name(DirectoryController.PROFILE_VIEW))
                .andExpect(content().string(containsString(business.name())))
                .andExpect(content().string(containsString("https://wa.me/6281234567890")));
        mvc.perform(get("/artisans").param("q", business.name()))
                .andExpect(content().string(containsString("/artisans/" + profile.slug())));
        mvc.perform(get("/my/business").with(user(people.reload(owner))))
                .andExpect(content().string(containsString("/artisans/" + profile.slug())));
    }

    @Test
    void rejectionReasonReachesTheOwnerWhoFixesAndResubmits() throws Exception {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness().in(GIANYAR);
        long id = artisans.register(owner.id(), business.details());
        KriyaUser officer = people.officerOf(GIANYAR);
        String reason = "Foto NIB tidak terbaca, mohon unggah ulang dengan jelas.";

        mvc.perform(post("/officer/members/{id}/reject", id).param("version", people.versionOf(id)).param("reason", reason).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.review.rejected"));
        assertThat(events.stream(ArtisanRejected.class)).anyMatch(event -> event.businessId() == id && event.reason().equals(reason));

        KriyaUser artisan = people.reload(owner);
        mvc.perform(get("/my/business").with(user(artisan)))
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(containsString("/my/business/edit")));
        mvc.perform(get("/my/business/edit").with(user(artisan)))
                .andExpect(content().string(containsString(reason)));

        mvc.perform(business.typing("village", "Mas").asForm(post("/my/business/edit")).with(user(artisan)).with(csrf()))
                .andExpect(redirectedUrl("/my/business"))
                .andExpect(flash().attribute("flash", "artisan.edit.resubmitted"));
        var resubmitted = artisans.find(id).orElseThrow();
        assertThat(resubmitted.status()).isEqualTo(BusinessStatus.PENDING);
        assertThat(resubmitted.village()).isEqualTo("Mas");
        assertThat(resubmitted.rejectionReason()).isNull();
    }

    @Test
    void rejectionNeedsAReasonOfTenToFiveHundredCharacters() throws Exception {
        long id = artisans.register(people.buyer().id(), aBusiness().in(GIANYAR).details());
        KriyaUser officer = people.officerOf(GIANYAR);

        for (String reason : new String[] {"", "terlalu", "x".repeat(501)}) {
            mvc.perform(post("/officer/members/{id}/reject", id).param("version", people.versionOf(id)).param("reason", reason).with(user(officer)).with(csrf()))
                    .andExpect(view().name(OfficerMembersController.DETAIL_VIEW))
                    .andExpect(model().attributeHasFieldErrors("rejectForm", "reason"));
        }
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void verifiedBusinessCannotBeVerifiedOrRejectedAgain() throws Exception {
        long id = artisans.register(people.buyer().id(), aBusiness().in(GIANYAR).details());
        KriyaUser officer = people.officerOf(GIANYAR);
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(officer)).with(csrf()));

        mvc.perform(post("/officer/members/{id}/reject", id).param("version", people.versionOf(id)).param("reason", "Sudah tidak aktif lagi.")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("flashError", "artisan.review.notPending"));
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.VERIFIED);
    }

    @Test
    void gianyarOfficerCannotSeeVerifyRejectOrExportABadungBusiness() throws Exception {
        String token = ArtisanMother.token();
        ArtisanMother badung = aBusiness().in(BADUNG).inVillage("Kerobokan " + token);
        long id = artisans.register(people.buyer().id(), badung.details());
        KriyaUser gianyar = people.officerOf(GIANYAR);

        mvc.perform(get("/officer/members/{id}", id).with(user(gianyar))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(gianyar)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/members/{id}/reject", id).param("version", people.versionOf(id)).param("reason", "Alasan yang cukup panjang.")
                        .with(user(gianyar)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/members/{id}/reject", id).param("version", people.versionOf(id)).param("reason", "").with(user(gianyar)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.PENDING);

        mvc.perform(get("/officer/members").param("q", token).with(user(gianyar)))
                .andExpect(content().string(not(containsString(badung.name()))));
        mvc.perform(get("/officer/members").param("regency", BADUNG).param("q", token).with(user(gianyar)))
                .andExpect(model().attribute("flashError", "artisan.filter.regencyOutside"))
                .andExpect(content().string(not(containsString(badung.name()))));
        mvc.perform(get("/officer/members.csv").param("regency", BADUNG).param("q", token).with(user(gianyar)))
                .andExpect(content().string(not(containsString(badung.name()))));
        mvc.perform(get("/officer/members.csv").param("q", token).with(user(gianyar)))
                .andExpect(content().string(not(containsString(badung.name()))));
    }

    @Test
    void provinceOfficerSeesAndVerifiesEveryRegency() throws Exception {
        String token = ArtisanMother.token();
        ArtisanMother badung = aBusiness().in(BADUNG).inVillage("Kuta " + token);
        ArtisanMother gianyar = aBusiness().in(GIANYAR).inVillage("Ubud " + token);
        long badungId = artisans.register(people.buyer().id(), badung.details());
        artisans.register(people.buyer().id(), gianyar.details());
        KriyaUser province = people.officerOf("51");

        mvc.perform(get("/officer/members").param("q", token).with(user(province)))
                .andExpect(content().string(containsString(badung.name())))
                .andExpect(content().string(containsString(gianyar.name())));
        mvc.perform(get("/officer/members").param("q", token).param("regency", BADUNG).with(user(province)))
                .andExpect(content().string(containsString(badung.name())))
                .andExpect(content().string(not(containsString(gianyar.name()))));
        mvc.perform(post("/officer/members/{id}/verify", badungId).param("version", people.versionOf(badungId)).with(user(province)).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.review.verified"));
        assertThat(artisans.find(badungId).orElseThrow().status()).isEqualTo(BusinessStatus.VERIFIED);
    }

    @Test
    void onlyOfficersOpenTheMemberList() throws Exception {
        mvc.perform(get("/officer/members").with(user(people.buyer()))).andExpect(status().isForbidden());
        mvc.perform(get("/officer/members.csv").with(user(people.buyer()))).andExpect(status().isForbidden());
    }

    @Test
    void refusesVerificationWithoutCsrfToken() throws Exception {
        long id = artisans.register(people.buyer().id(), aBusiness().in(GIANYAR).details());
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(people.officerOf(GIANYAR))))
                .andExpect(status().isForbidden());
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void officerCannotVerifyOrRejectTheirOwnBusiness() throws Exception {
        KriyaUser officer = people.officerOf(GIANYAR);
        long id = artisans.register(officer.id(), aBusiness().in(GIANYAR).details());

        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/members/" + id))
                .andExpect(flash().attribute("flashError", "artisan.review.ownBusiness"));
        mvc.perform(post("/officer/members/{id}/reject", id).param("version", people.versionOf(id)).param("reason", "Alasan yang cukup panjang.")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("flashError", "artisan.review.ownBusiness"));
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void refusesAReviewOfDetailsTheOwnerChangedWhileTheOfficerWasReading() throws Exception {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness().in(GIANYAR);
        long id = artisans.register(owner.id(), business.details());
        KriyaUser officer = people.officerOf(GIANYAR);
        String versionRead = people.versionOf(id);
        mvc.perform(get("/officer/members/{id}", id).with(user(officer)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + versionRead + "\"")));

        artisans.update(owner.id(), business.typing("story", "x").named("Nama Baru " + ArtisanMother.token()).details());

        mvc.perform(post("/officer/members/{id}/verify", id).param("version", versionRead).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/members/" + id))
                .andExpect(flash().attribute("flashError", "artisan.review.changed"));
        mvc.perform(post("/officer/members/{id}/reject", id).param("version", versionRead)
                        .param("reason", "Alasan yang cukup panjang.").with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/members/" + id))
                .andExpect(flash().attribute("flashError", "artisan.review.changed"));
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void verifyAndRejectAtTheSameMomentEndInOneReviewAndAMessageNotAnError() throws Exception {
        long id = artisans.register(people.buyer().id(), aBusiness().in(GIANYAR).details());
        KriyaUser first = people.officerOf(GIANYAR);
        KriyaUser second = people.officerOf(GIANYAR);
        long version = Long.parseLong(people.versionOf(id));
        CountDownLatch verified = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // The first officer's verification is written but not yet committed while the second one rejects.
        CompletableFuture<Void> firstReview = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            verification.verify(first.id(), id, version);
            verified.countDown();
            await(release);
        }));
        verified.await(10, TimeUnit.SECONDS);
        CompletableFuture<Void> secondReview = CompletableFuture.runAsync(
                () -> verification.reject(second.id(), id, version, "Alasan yang cukup panjang."));
        Thread.sleep(500);
        release.countDown();
        firstReview.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> secondReview.get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(ArtisanRuleException.class)
                .extracting(e -> ((ArtisanRuleException) e).messageKey())
                .isIn("artisan.review.changed", "artisan.review.notPending");
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.VERIFIED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
