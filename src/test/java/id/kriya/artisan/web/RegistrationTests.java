package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import java.time.Year;
import java.util.stream.Stream;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.ArtisanRegistered;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Craft;
import id.kriya.artisan.Membership;
import id.kriya.artisan.OpenTransaction;
import id.kriya.artisan.TestPeople;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.artisan.identifiers.Slugs;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
@RecordApplicationEvents
class RegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    @Test
    void registersPendingBusinessMakesOwnerAnArtisanAndRefreshesTheSession() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother business = aBusiness().named("Perak Celuk Wayan " + ArtisanMother.token())
                .withWhatsApp("+62 812-3456-7890").certified(CertificationType.HALAL, "ID51110000123")
                .practising(Craft.PERAK_PERHIASAN);

        // A real sign-in: sessions live in the database (Spring Session), found by their cookie.
        Cookie session = mvc.perform(post("/signin").with(csrf())
                        .param("email", me.email()).param("password", TestPeople.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");

        MockHttpServletResponse registered = mvc.perform(business.asForm(post("/my/business/new")).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/my/business"))
                .andExpect(flash().attribute("flash", "artisan.register.done"))
                .andReturn().getResponse();

        Membership membership = artisans.membershipOf(me.id()).orElseThrow();
        assertThat(membership.isOwner()).isTrue();
        assertThat(membership.business().status()).isEqualTo(BusinessStatus.PENDING);
        assertThat(membership.business().whatsApp()).isEqualTo("+6281234567890");
        assertThat(membership.business().slug()).startsWith("perak-celuk-wayan-");
        assertThat(membership.business().certificationNumber(CertificationType.HALAL)).isEqualTo("ID51110000123");
        assertThat(accounts.find(me.id()).orElseThrow().has(Role.ARTISAN)).isTrue();
        assertThat(events.stream(ArtisanRegistered.class))
                .anyMatch(event -> event.businessId() == membership.business().id() && event.ownerId() == me.id());

        // The refreshed session already carries the new role: the artisan menu shows without signing in again.
        Cookie refreshed = registered.getCookie("SESSION") != null ? registered.getCookie("SESSION") : session;
        mvc.perform(get("/my/business").cookie(refreshed))
                .andExpect(content().string(containsString(business.name())))
                .andExpect(content().string(containsString("href=\"/my/business\"")));
    }

    @Test
    void makesUniqueSlugsForTheSameName() throws Exception {
        String name = "Anyaman Bambu " + ArtisanMother.token();
        long first = artisans.register(people.buyer().id(), aBusiness().named(name).details());
        long second = artisans.register(people.buyer().id(), aBusiness().named(name).details());

        assertThat(artisans.find(first).orElseThrow().slug()).isEqualTo(Slugs(name));
        assertThat(artisans.find(second).orElseThrow().slug()).isEqualTo(Slugs(name) + "-2");
    }

    static Stream<Arguments> badInput() {
        String tooLong = "a".repeat(121);
        int nextYear = Year.now().getValue() + 1;
        return Stream.of(
                Arguments.of("name", ""), Arguments.of("name", tooLong),
                Arguments.of("ownerName", ""), Arguments.of("ownerName", "b".repeat(101)),
                Arguments.of("whatsApp", ""), Arguments.of("whatsApp", "0361 123456"), Arguments.of("whatsApp", "+65 8123 4567"),
                Arguments.of("whatsApp", "nomor saya"),
                Arguments.of("email", ""), Arguments.of("email", "bukan-email"), Arguments.of("email", "a@b"),
                Arguments.of("regionCode", ""), Arguments.of("regionCode", "51"), Arguments.of("regionCode", "52.01"),
                Arguments.of("regionCode", "99.99"), Arguments.of("regionCode", "51.04' OR '1'='1"),
                Arguments.of("village", ""), Arguments.of("village", "v".repeat(81)),
                Arguments.of("address", ""), Arguments.of("address", "j".repeat(301)),
                Arguments.of("foundedYear", "1899"),
                Arguments.of("foundedYear", String.valueOf(nextYear)), Arguments.of("foundedYear", "tahun lalu"),
                Arguments.of("workers", "0"), Arguments.of("workers", "10001"), Arguments.of("workers", "lima"),
                Arguments.of("story", ""), Arguments.of("story", "s".repeat(5001)),
                Arguments.of("nib", "123456789012"), Arguments.of("nib", "12345678901234"),
                Arguments.of("nib", "12345678901AB"), Arguments.of("nib", "0000000000000"),
                Arguments.of("nib", "1234-56789012"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void refusesBadFieldWithAMessageBesideItAndSavesNothing(String field, String value) throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother business = aBusiness().typing(field, value);

        mvc.perform(business.asForm(post("/my/business/new")).with(user(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(BusinessFormController.VIEW))
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(result -> assertThat(((org.springframework.validation.BindingResult) result.getModelAndView()
                        .getModel().get("org.springframework.validation.BindingResult.form")).getFieldErrors())
                        .allMatch(error -> error.getField().equals(field)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"" + field + "-error\"")));

        assertNothingSavedFor(me, business);
    }

    @Test
    void requiresAtLeastOneCraft() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother business = aBusiness().practisingNothing();

        mvc.perform(business.asForm(post("/my/business/new")).with(user(me)).with(csrf())).andExpect(model().attributeHasFieldErrorCode("form", "crafts", "NotEmpty"));
        assertNothingSavedFor(me, business);
    }

    @Test
    void refusesForgedCraft() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother business = aBusiness();
        mvc.perform(business.asForm(post("/my/business/new")).param("crafts", "BATIK_PALSU").with(user(me)).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("form", "crafts"));
        assertNothingSavedFor(me, business);
    }

    @Test
    void requiresTheNumberOfATickedCertification() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother business = aBusiness();
        mvc.perform(business.asForm(post("/my/business/new")).param("sni", "true").param("sniNumber", " ")
                        .with(user(me)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("form", "sniNumber", "artisan.certification.numberRequired"));
        assertNothingSavedFor(me, business);
    }

    @Test
    void refusesNibAlreadyRegistered() throws Exception {
        ArtisanMother first = aBusiness();
        artisans.register(people.buyer().id(), first.details());
        KriyaUser me = people.buyer();
        ArtisanMother copy = aBusiness().withNib(first.nib());

        mvc.perform(copy.asForm(post("/my/business/new")).with(user(me)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("form", "nib", "artisan.nib.taken"));
        assertThat(artisans.membershipOf(me.id())).isEmpty();
        assertThat(countByNib(first.nib())).isEqualTo(1);
    }

    @Test
    void allowsOneBusinessPerOwner() throws Exception {
        KriyaUser me = people.buyer();
        artisans.register(me.id(), aBusiness().details());
        ArtisanMother second = aBusiness();

        mvc.perform(get("/my/business/new").with(user(me))).andExpect(redirectedUrl("/my/business"));
        mvc.perform(second.asForm(post("/my/business/new")).with(user(me)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "artisan.register.alreadyMember"));
        assertThat(countByNib(second.nib())).isZero();
    }

    @Test
    void refusesRegistrationWithoutCsrfToken() throws Exception {
        KriyaUser me = people.buyer();
        ArtisanMother business = aBusiness();
        mvc.perform(business.asForm(post("/my/business/new")).with(user(me))).andExpect(status().isForbidden());
        assertNothingSavedFor(me, business);
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/my/business/new")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin?continue=/my/business/new"));
    }

    @Test
    void showsTheFormWithEveryCouncilAreaAndCraft() throws Exception {
        mvc.perform(get("/my/business/new").with(user(people.buyer())))
                .andExpect(view().name(BusinessFormController.VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("value=\"51.04\""),
                        org.hamcrest.Matchers.containsString("value=\"51.71\""),
                        org.hamcrest.Matchers.containsString("value=\"GRINGSING\""))));
    }

    private void assertNothingSavedFor(KriyaUser me, ArtisanMother business) {
        assertThat(artisans.membershipOf(me.id())).isEmpty();
        assertThat(countByNib(business.nib())).isZero();
        assertThat(accounts.find(me.id()).orElseThrow().has(Role.ARTISAN)).isFalse();
    }

    private int countByNib(String nib) {
        return jdbc.queryForObject("SELECT count(*) FROM artisan_business WHERE nib = ?", Integer.class, nib);
    }

    private static String Slugs(String name) {
        return id.kriya.artisan.identifiers.Slugs.of(name);
    }

    @Test
    void twoRegistrationsOfTheSameNameAtOnceBothSucceedWithTheirOwnAddresses() throws Exception {
        String name = "Tenun Kembar " + ArtisanMother.token();
        KriyaUser first = people.buyer();
        KriyaUser second = people.buyer();
        OpenTransaction firstRegistration = OpenTransaction.running(transactions,
                () -> artisans.register(first.id(), aBusiness().named(name).details()));

        mvc.perform(aBusiness().named(name).asForm(post("/my/business/new")).with(user(second)).with(csrf()))
                .andExpect(redirectedUrl("/my/business"))
                .andExpect(flash().attribute("flash", "artisan.register.done"));
        firstRegistration.committed();

        assertThat(artisans.membershipOf(first.id()).orElseThrow().business().slug()).isEqualTo(Slugs.of(name));
        assertThat(artisans.membershipOf(second.id()).orElseThrow().business().slug()).isEqualTo(Slugs.numbered(Slugs.of(name), 2));
    }
}
