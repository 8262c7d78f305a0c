package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Invitation;
import id.kriya.artisan.MemberRole;
import id.kriya.artisan.OpenTransaction;
import id.kriya.artisan.TestPeople;
import id.kriya.artisan.certification.CertificationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
class OwnershipTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void ownerEditsOnlyTheirOwnBusinessWhateverIdTheFormCarries() throws Exception {
        KriyaUser other = people.buyer();
        ArtisanMother othersBusiness = aBusiness();
        long othersId = artisans.register(other.id(), othersBusiness.details());
        KriyaUser me = people.buyer();
        ArtisanMother mine = aBusiness();
        long myId = artisans.register(me.id(), mine.details());

        mvc.perform(mine.typing("story", "Cerita baru kami.").asForm(post("/my/business/edit"))
                        .param("id", String.valueOf(othersId)).param("businessId", String.valueOf(othersId))
                        .with(user(people.reload(me))).with(csrf()))
                .andExpect(redirectedUrl("/my/business"));

        assertThat(artisans.find(myId).orElseThrow().story()).isEqualTo("Cerita baru kami.");
        assertThat(artisans.find(othersId).orElseThrow().story()).isNotEqualTo("Cerita baru kami.");
    }

    @Test
    void personWithoutBusinessCannotEdit() throws Exception {
        mvc.perform(get("/my/business/edit").with(user(people.buyer()))).andExpect(status().isForbidden());
    }

    @Test
    void changingLegalDataOfAVerifiedBusinessSendsItBackForReview() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother mine = aBusiness().in("51.04");
        long id = artisans.register(me.id(), mine.details());
        mvc.perform(post("/officer/members/{id}/verify", id).param("version", people.versionOf(id)).with(user(people.officerOf("51.04"))).with(csrf()));
        KriyaUser artisan = people.reload(me);

        mvc.perform(get("/my/business/edit").with(user(artisan)))
                .andExpect(content().string(containsString("verifikasi ulang")));
        mvc.perform(mine.typing("workers", "20").asForm(post("/my/business/edit")).with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.edit.done"));
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.VERIFIED);

        mine.certified(CertificationType.SNI, "SNI 8068:2014");
        mvc.perform(mine.asForm(post("/my/business/edit")).with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.edit.resubmitted"));
        assertThat(artisans.find(id).orElseThrow().status()).isEqualTo(BusinessStatus.PENDING);
    }

    @Test
    void editRefusesANibOfAnotherBusiness() throws Exception {
        ArtisanMother other = aBusiness();
        artisans.register(people.buyer().id(), other.details());
        KriyaUser me = people.buyer();
        ArtisanMother mine = aBusiness();
        long id = artisans.register(me.id(), mine.details());

        mvc.perform(mine.typing("nib", other.nib()).asForm(post("/my/business/edit")).with(user(people.reload(me))).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("form", "nib", "artisan.nib.taken"));
        assertThat(artisans.find(id).orElseThrow().nib()).isEqualTo(mine.nib());
    }

    @Test
    void invitedStaffAcceptsSeesTheBusinessButCannotEditOrInvite() throws Exception {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness();
        long id = people.verifiedBusiness(owner, business);
        KriyaUser staff = people.buyer();

        mvc.perform(post("/my/business/staff").param("email", staff.email()).param("name", "Komang Staf")
                        .with(user(people.reload(owner))).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.staff.invited.done"));
        mvc.perform(get("/my/business").with(user(people.reload(owner))))
                .andExpect(content().string(containsString(staff.email())));

        long invitation = artisans.invitationsFor(staff.id()).get(0).membershipId();
        mvc.perform(get("/my/business").with(user(staff)))
                .andExpect(content().string(containsString(business.name())));
        mvc.perform(post("/my/business/invitations/{id}/accept", invitation).with(user(staff)).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.invitation.accepted"));
        assertThat(artisans.membershipOf(staff.id()).orElseThrow().role()).isEqualTo(MemberRole.STAFF);
        assertThat(artisans.isMember(staff.id(), id)).isTrue();
        assertThat(accounts.find(staff.id()).orElseThrow().has(Role.ARTISAN)).isTrue();

        KriyaUser artisan = people.reload(staff);
        mvc.perform(get("/my/business").with(user(artisan)))
                .andExpect(content().string(containsString(business.nib())))
                .andExpect(content().string(not(containsString("/my/business/edit"))))
                .andExpect(content().string(not(containsString("action=\"/my/business/staff\""))));
        mvc.perform(get("/my/business/edit").with(user(artisan))).andExpect(status().isForbidden());
        mvc.perform(business.typing("nib", ArtisanMother.uniqueNib()).asForm(post("/my/business/edit"))
                        .with(user(artisan)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/business/staff").param("email", "lain@contoh.id").param("name", "Lain")
                        .with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "artisan.edit.ownerOnly"));
        assertThat(artisans.find(id).orElseThrow().nib()).isEqualTo(business.nib());
    }

    @Test
    void invitingSomeoneNewCreatesTheirAccountAndAnInvitation() throws Exception {
        KriyaUser owner = people.buyer();
        ArtisanMother business = aBusiness();
        people.verifiedBusiness(owner, business);
        String email = "baru-" + ArtisanMother.token() + "@contoh.id";

        mvc.perform(post("/my/business/staff").param("email", email).param("name", "Putu Baru")
                        .with(user(people.reload(owner))).with(csrf()))
                .andExpect(redirectedUrl("/my/business"));

        var invited = accounts.findByEmail(email).orElseThrow();
        assertThat(invited.displayName()).isEqualTo("Putu Baru");
        assertThat(artisans.invitationsFor(invited.id())).singleElement()
                .satisfies(invitation -> assertThat(invitation.businessName()).isEqualTo(business.name()));
        assertThat(artisans.staff(owner.id())).singleElement()
                .satisfies(staff -> assertThat(staff.accepted()).isFalse());
    }

    @Test
    void ownerCannotInviteThemselvesOrTheSamePersonTwice() throws Exception {
        KriyaUser owner = people.buyer();
        people.verifiedBusiness(owner, aBusiness());
        KriyaUser staff = people.buyer();
        artisans.invite(owner.id(), staff.email(), "Ketut", Locale.ROOT);

        for (String email : new String[] {owner.email(), staff.email()}) {
            mvc.perform(post("/my/business/staff").param("email", email).param("name", "Lagi")
                            .with(user(people.reload(owner))).with(csrf()))
                    .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "artisan.staff.already"));
        }
        assertThat(artisans.staff(owner.id())).hasSize(1);
    }

    @Test
    void ownerRemovesStaffWhoStopsBeingAnArtisan() throws Exception {
        KriyaUser owner = people.buyer();
        people.verifiedBusiness(owner, aBusiness());
        KriyaUser staff = people.buyer();
        artisans.invite(owner.id(), staff.email(), "Ketut", Locale.ROOT);
        long membership = artisans.invitationsFor(staff.id()).get(0).membershipId();
        artisans.accept(staff.id(), membership);

        mvc.perform(post("/my/business/staff/{id}/remove", membership).with(user(people.reload(owner))).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.staff.removed"));

        assertThat(artisans.membershipOf(staff.id())).isEmpty();
        assertThat(accounts.find(staff.id()).orElseThrow().has(Role.ARTISAN)).isFalse();
    }

    @Test
    void ownerCannotRemoveStaffOfAnotherBusiness() throws Exception {
        KriyaUser otherOwner = people.buyer();
        people.verifiedBusiness(otherOwner, aBusiness());
        KriyaUser staff = people.buyer();
        artisans.invite(otherOwner.id(), staff.email(), "Ketut", Locale.ROOT);
        long membership = artisans.invitationsFor(staff.id()).get(0).membershipId();
        KriyaUser me = people.buyer();
        artisans.register(me.id(), aBusiness().details());

        mvc.perform(post("/my/business/staff/{id}/remove", membership).with(user(people.reload(me))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(artisans.invitationsFor(staff.id())).hasSize(1);
    }

    @Test
    void invitedPersonDeclinesAndNobodyElseCanAnswerTheirInvitation() throws Exception {
        KriyaUser owner = people.buyer();
        people.verifiedBusiness(owner, aBusiness());
        KriyaUser invited = people.buyer();
        artisans.invite(owner.id(), invited.email(), "Wayan", Locale.ROOT);
        long invitation = artisans.invitationsFor(invited.id()).get(0).membershipId();

        mvc.perform(post("/my/business/invitations/{id}/accept", invitation).with(user(people.buyer())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/my/business/invitations/{id}/decline", invitation).with(user(invited)).with(csrf()))
                .andExpect(flash().attribute("flash", "artisan.invitation.declined"));
        assertThat(artisans.invitationsFor(invited.id())).isEmpty();
        assertThat(artisans.membershipOf(invited.id())).isEmpty();
    }

    @Test
    void inviteRefusesMalformedEmail() throws Exception {
        KriyaUser owner = people.buyer();
        people.verifiedBusiness(owner, aBusiness());
        mvc.perform(post("/my/business/staff").param("email", "bukan-email").param("name", "")
                        .with(user(people.reload(owner))).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("inviteForm", "email", "name"));
        ArtisanProfile business = artisans.membershipOf(owner.id()).orElseThrow().business();
        assertThat(artisans.staff(owner.id())).isEmpty();
        assertThat(business).isNotNull();
    }

    @Test
    void businessAwaitingVerificationCannotInviteStaffAndIsToldWhy() throws Exception {
        KriyaUser owner = people.buyer();
        artisans.register(owner.id(), aBusiness().details());
        KriyaUser artisan = people.reload(owner);

        mvc.perform(get("/my/business").with(user(artisan)))
                .andExpect(content().string(not(containsString("action=\"/my/business/staff\""))))
                .andExpect(content().string(containsString("Setelah usaha Anda diverifikasi Dekranasda")));
        mvc.perform(post("/my/business/staff").param("email", "orang-" + ArtisanMother.token() + "@contoh.id")
                        .param("name", "Klik di sini: hadiah").with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "artisan.staff.notVerified"));
        assertThat(artisans.staff(owner.id())).isEmpty();
    }

    @Test
    void businessSendsAtMostTenInvitationsADayEvenWhenItWithdrawsSome() throws Exception {
        KriyaUser owner = people.buyer();
        people.verifiedBusiness(owner, aBusiness());
        for (int i = 0; i < 10; i++) {
            artisans.invite(owner.id(), "staf-" + ArtisanMother.token() + "@contoh.id", "Staf " + i, Locale.ROOT);
        }
        artisans.removeStaff(owner.id(), artisans.staff(owner.id()).get(0).membershipId());

        mvc.perform(post("/my/business/staff").param("email", "staf-" + ArtisanMother.token() + "@contoh.id")
                        .param("name", "Kesebelas").with(user(people.reload(owner))).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "artisan.staff.dailyLimit"));
        assertThat(artisans.staff(owner.id())).hasSize(9);
    }

    @Test
    void staffOrABuyerPostingTheOwnersRemoveFormIsRefusedAndNothingChanges() throws Exception {
        KriyaUser owner = people.buyer();
        people.verifiedBusiness(owner, aBusiness());
        KriyaUser staff = people.buyer();
        KriyaUser colleague = people.buyer();
        artisans.invite(owner.id(), staff.email(), "Ketut", Locale.ROOT);
        artisans.invite(owner.id(), colleague.email(), "Kadek", Locale.ROOT);
        artisans.accept(staff.id(), artisans.invitationsFor(staff.id()).get(0).membershipId());
        long colleaguesInvitation = artisans.invitationsFor(colleague.id()).get(0).membershipId();

        for (KriyaUser intruder : new KriyaUser[] {people.reload(staff), people.buyer()}) {
            mvc.perform(post("/my/business/staff/{id}/remove", colleaguesInvitation).with(user(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(artisans.invitationsFor(colleague.id())).hasSize(1);
        assertThat(artisans.staff(owner.id())).hasSize(2);
    }

    @Test
    void editTakingANibRegisteredAtTheSameMomentIsRefusedBesideTheField() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother mine = aBusiness();
        long id = artisans.register(me.id(), mine.details());
        ArtisanMother other = aBusiness();
        KriyaUser otherOwner = people.buyer();
        OpenTransaction otherRegistration = OpenTransaction.running(transactions,
                () -> artisans.register(otherOwner.id(), other.details()));

        mvc.perform(mine.typing("nib", other.nib()).asForm(post("/my/business/edit")).with(user(people.reload(me))).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("form", "nib", "artisan.nib.taken"));
        otherRegistration.committed();
        assertThat(artisans.find(id).orElseThrow().nib()).isEqualTo(mine.nib());
    }

    @Test
    void acceptingTwoInvitationsAtTheSameMomentJoinsOneBusinessAndExplainsTheOther() throws Exception {
        KriyaUser firstOwner = people.buyer();
        long first = people.verifiedBusiness(firstOwner, aBusiness());
        KriyaUser secondOwner = people.buyer();
        people.verifiedBusiness(secondOwner, aBusiness());
        KriyaUser staff = people.buyer();
        artisans.invite(firstOwner.id(), staff.email(), "Ketut", Locale.ROOT);
        long firstInvitation = artisans.invitationsFor(staff.id()).get(0).membershipId();
        artisans.invite(secondOwner.id(), staff.email(), "Ketut", Locale.ROOT);
        long secondInvitation = artisans.invitationsFor(staff.id()).stream().mapToLong(Invitation::membershipId)
                .filter(invitation -> invitation != firstInvitation).findFirst().orElseThrow();

        OpenTransaction firstAcceptance = OpenTransaction.running(transactions,
                () -> artisans.accept(staff.id(), firstInvitation));
        mvc.perform(post("/my/business/invitations/{id}/accept", secondInvitation).with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/my/business"))
                .andExpect(flash().attribute("flashError", "artisan.register.alreadyMember"));
        firstAcceptance.committed();

        assertThat(artisans.isMember(staff.id(), first)).isTrue();
        assertThat(artisans.invitationsFor(staff.id())).extracting(Invitation::membershipId).containsExactly(secondInvitation);
    }
}
