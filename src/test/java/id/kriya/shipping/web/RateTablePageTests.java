package id.kriya.shipping.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.account.TestAccounts;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.shipping.Rate;
import id.kriya.shipping.ShippingSettings;
import id.kriya.shipping.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The council-wide rate table: admins and province officers edit every row at once, or nothing changes. */
@KriyaWebTest
class RateTablePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShippingSettings settings;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ApplicationContext context;

    KriyaUser admin;
    List<Rate> before;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(context);
        admin = accounts.principal(accounts.admin(TestAccounts.uniqueEmail()));
        before = settings.defaults();
    }

    @Test
    void adminSeesEveryCourierAndZoneWithItsRate() throws Exception {
        mvc.perform(get("/admin/shipping").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tarif ongkos kirim Dekranasda")))
                .andExpect(content().string(containsString("SiCepat")))
                .andExpect(content().string(containsString("Pos Ekspor")))
                .andExpect(content().string(containsString("Maluku dan Papua")))
                .andExpect(content().string(containsString("name=\"rows[29].maxDays\"")))
                .andExpect(content().string(containsString("value=\"850000\"")));
    }

    @Test
    void adminSavesTheWholeTable() throws Exception {
        try {
            mvc.perform(RateForm.filled(before).typing(Courier.JNE, Zone.LOCAL, "firstKilogram", "11500")
                            .typing(Courier.JNE, Zone.LOCAL, "maxDays", "3")
                            .post("/admin/shipping").with(user(admin)).with(csrf()))
                    .andExpect(redirectedUrl("/admin/shipping"))
                    .andExpect(flash().attribute("flash", "shipping.rates.saved"));

            Rate jne = rateOf(settings.defaults(), Courier.JNE, Zone.LOCAL);
            assertThat(jne.firstKilogram()).isEqualTo(Rupiah.of(11_500));
            assertThat(jne.maxDays()).isEqualTo(3);
            assertThat(settings.defaults()).hasSize(before.size());
        } finally {
            settings.replaceDefaults(admin, before);
        }
    }

    @Test
    void aProvinceOfficerEditsTheTableButARegencyOfficerMayNot() throws Exception {
        KriyaUser province = people.officerOf("51");
        KriyaUser regency = people.officerOf("51.04");

        mvc.perform(get("/officer/shipping").with(user(province)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/officer/shipping\"")));
        try {
            mvc.perform(RateForm.filled(before).typing(Courier.EMS, Zone.ASEAN, "nextKilogram", "120000")
                            .post("/officer/shipping").with(user(province)).with(csrf()))
                    .andExpect(redirectedUrl("/officer/shipping"));
            assertThat(rateOf(settings.defaults(), Courier.EMS, Zone.ASEAN).nextKilogram()).isEqualTo(Rupiah.of(120_000));
        } finally {
            settings.replaceDefaults(admin, before);
        }

        mvc.perform(get("/officer/shipping").with(user(regency))).andExpect(status().isForbidden());
        mvc.perform(RateForm.filled(before).typing(Courier.EMS, Zone.ASEAN, "nextKilogram", "1")
                        .post("/officer/shipping").with(user(regency)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(settings.defaults()).isEqualTo(before);
    }

    @Test
    void nonAdminsGetForbiddenOnTheAdminPageAndChangeNothing() throws Exception {
        List<KriyaUser> others = List.of(people.buyer(), artisans.verified("51.04").user(), people.officerOf("51"),
                people.officerOf("51.04"));
        for (KriyaUser other : others) {
            mvc.perform(get("/admin/shipping").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(RateForm.filled(before).typing(Courier.JNE, Zone.LOCAL, "firstKilogram", "1")
                            .post("/admin/shipping").with(user(other)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/shipping")).andExpect(status().is3xxRedirection());
        assertThat(settings.defaults()).isEqualTo(before);
    }

    @Test
    void negativeOrZeroPricesAreRefusedBesideTheCell() throws Exception {
        refused(RateForm.filled(before).typing(Courier.JNE, Zone.LOCAL, "firstKilogram", "-10000")
                        .typing(Courier.EMS, Zone.EUROPE, "nextKilogram", "0"),
                "rows[" + RateForm.filled(before).indexOf(Courier.JNE, Zone.LOCAL) + "].firstKilogram",
                "rows[" + RateForm.filled(before).indexOf(Courier.EMS, Zone.EUROPE) + "].nextKilogram")
                .andExpect(content().string(containsString("Isi harga antara Rp1 dan Rp10.000.000 per kg.")))
                .andExpect(content().string(containsString("Belum disimpan: perbaiki isian yang ditandai.")));
    }

    @Test
    void theSlowestCannotBeFasterThanTheFastest() throws Exception {
        int row = RateForm.filled(before).indexOf(Courier.SICEPAT, Zone.FAR);
        refused(RateForm.filled(before).typing(row, "minDays", "7").typing(row, "maxDays", "3"),
                "rows[" + row + "].maxDays")
                .andExpect(content().string(containsString("Paling lama tidak boleh kurang dari paling cepat.")));
    }

    @Test
    void absurdValuesAreRefused() throws Exception {
        refused(RateForm.filled(before).typing(0, "firstKilogram", "99999999999")
                        .typing(1, "nextKilogram", "123456789012345678901234567890")
                        .typing(2, "minDays", "abc")
                        .typing(3, "maxDays", "365")
                        .typing(4, "firstKilogram", ""),
                "rows[0].firstKilogram", "rows[1].nextKilogram", "rows[2].minDays", "rows[3].maxDays",
                "rows[4].firstKilogram")
                .andExpect(content().string(containsString("Harus berupa angka bulat.")))
                .andExpect(content().string(containsString("Isi jumlah hari antara 1 dan 60.")));
    }

    @Test
    void unknownCouriersAndZonesAreRefused() throws Exception {
        refused(RateForm.filled(before).typing(0, "courier", "DHL"), "rows[0].courier")
                .andExpect(content().string(containsString("Kurir atau zona ini tidak dikenal.")));
        refused(RateForm.filled(before).typing(1, "zone", "MARS"), "rows[1].courier");
        // A domestic courier's row moved abroad.
        refused(RateForm.filled(before).typing(RateForm.filled(before).indexOf(Courier.JNE, Zone.LOCAL), "zone", "EUROPE"),
                "rows[" + RateForm.filled(before).indexOf(Courier.JNE, Zone.LOCAL) + "].courier");
    }

    @Test
    void aMissingOrRepeatedRowChangesNothing() throws Exception {
        mvc.perform(RateForm.filled(before).without(0).typing(0, "firstKilogram", "77777")
                        .post("/admin/shipping").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tabel tarif tidak lengkap")));
        assertThat(settings.defaults()).isEqualTo(before);
    }

    ResultActions refused(RateForm form, String... fields) throws Exception {
        ResultActions result = mvc.perform(form.post("/admin/shipping").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("rateTableForm", fields));
        assertThat(settings.defaults()).isEqualTo(before);
        return result;
    }

    static Rate rateOf(List<Rate> rates, Courier courier, Zone zone) {
        return rates.stream().filter(rate -> rate.courier() == courier && rate.zone() == zone).findFirst().orElseThrow();
    }
}
