package id.kriya.shipping.web;

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

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.BusinessShipping;
import id.kriya.shipping.Courier;
import id.kriya.shipping.Destination;
import id.kriya.shipping.Parcel;
import id.kriya.shipping.Rate;
import id.kriya.shipping.ShippingQuote;
import id.kriya.shipping.ShippingRates;
import id.kriya.shipping.ShippingSettings;
import id.kriya.shipping.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** An artisan's own rates, couriers and pick-up: only ever for their own business, all or nothing. */
@KriyaWebTest
class MyShippingPageTests {

    static final Parcel KAIN = new Parcel(1_200, 6_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    ShippingSettings settings;

    @Autowired
    ShippingRates rates;

    Artisan me;
    List<Rate> defaults;

    @BeforeEach
    void setUp() {
        me = artisans.verified("51.04");
        defaults = settings.defaults();
    }

    @Test
    void artisanSetsTheirOwnRateSwitchesACourierOffAndOffersPickup() throws Exception {
        mvc.perform(get("/my/shipping").with(user(me.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tarif Dekranasda: Rp14.000 kg pertama")))
                .andExpect(content().string(containsString("Ambil di bengkel")));

        mvc.perform(RateForm.blank(defaults).own(Courier.JNE, Zone.PROVINCE, 9_000, 9_000, 1, 1)
                        .param("couriersOff", "JNT").param("offersPickup", "true")
                        .param("pickupAddress", "Jl. Raya Mas No. 12, Ubud").param("pickupNotes", "Buka 09.00–17.00")
                        .post("/my/shipping").with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/shipping"))
                .andExpect(flash().attribute("flash", "shipping.mine.saved"));

        List<ShippingQuote> quotes = rates.quotes(me.businessId(), "51.04", Destination.home("51.71"), KAIN);
        assertThat(quotes).extracting(ShippingQuote::courier, ShippingQuote::cost).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, Rupiah.ZERO),
                org.assertj.core.groups.Tuple.tuple(Courier.JNE, Rupiah.of(9_000)),
                org.assertj.core.groups.Tuple.tuple(Courier.SICEPAT, Rupiah.of(12_000)),
                org.assertj.core.groups.Tuple.tuple(Courier.POS_INDONESIA, Rupiah.of(15_000)));

        mvc.perform(get("/my/shipping").with(user(me.user())))
                .andExpect(content().string(containsString("Memakai tarif sendiri")))
                .andExpect(content().string(containsString("value=\"JNE:PROVINCE\"")))
                .andExpect(content().string(containsString("Jl. Raya Mas No. 12, Ubud")));
    }

    @Test
    void anOverrideGoesBackToTheCouncilRate() throws Exception {
        settings.save(me.businessId(), new BusinessShipping.Change(
                List.of(new Rate(Courier.SICEPAT, Zone.NEAR, Rupiah.of(5_000), Rupiah.of(5_000), 2, 3)),
                java.util.Set.of(), false, null, null));

        mvc.perform(post("/my/shipping/reset").param("override", "SICEPAT:NEAR").with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/shipping"))
                .andExpect(flash().attribute("flash", "shipping.mine.reset"));

        assertThat(settings.of(me.businessId()).rates()).noneMatch(BusinessShipping.Choice::isOverridden);
        mvc.perform(post("/my/shipping/reset").param("override", "FEDEX:MARS").with(user(me.user())).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anArtisanCannotChangeAnotherBusinessByChangingIdsInTheForm() throws Exception {
        Artisan other = artisans.verified("51.03");
        settings.save(other.businessId(), new BusinessShipping.Change(
                List.of(new Rate(Courier.JNE, Zone.LOCAL, Rupiah.of(8_000), Rupiah.of(8_000), 1, 1)),
                java.util.Set.of(), false, null, null));
        BusinessShipping othersBefore = settings.of(other.businessId());

        String id = String.valueOf(other.businessId());
        mvc.perform(RateForm.blank(defaults).own(Courier.JNE, Zone.LOCAL, 1, 1, 1, 1)
                        .param("businessId", id).param("business", id).param("id", id).param("business.id", id)
                        .param("couriersOff", "SICEPAT").param("offersPickup", "true").param("pickupAddress", "Jalan lain")
                        .post("/my/shipping").with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/shipping"));
        mvc.perform(post("/my/shipping/reset").param("override", "JNE:LOCAL").param("businessId", id)
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/shipping"));

        assertThat(settings.of(other.businessId())).isEqualTo(othersBefore);
        assertThat(settings.of(me.businessId()).couriersOff()).containsExactly(Courier.SICEPAT);
        assertThat(rates.quote(other.businessId(), "51.03", Destination.home("51.03"), KAIN, Courier.JNE))
                .map(ShippingQuote::cost).contains(Rupiah.of(8_000));
    }

    @Test
    void aPendingBusinessOrAPersonWithoutOneCannotSave() throws Exception {
        Artisan pending = artisans.pending();
        mvc.perform(get("/my/shipping").with(user(pending.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("menunggu verifikasi Dekranasda")))
                .andExpect(content().string(not(containsString("Simpan pengiriman"))));
        mvc.perform(RateForm.blank(defaults).post("/my/shipping").with(user(pending.user())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(RateForm.blank(defaults).post("/my/shipping").with(user(people.buyer())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/shipping")).andExpect(status().is3xxRedirection());
    }

    @Test
    void badRatesAreRefusedBesideTheCellAndChangeNothing() throws Exception {
        RateForm form = RateForm.blank(defaults);
        int negative = form.indexOf(Courier.JNE, Zone.LOCAL);
        int zero = form.indexOf(Courier.JNT, Zone.NEAR);
        int days = form.indexOf(Courier.SICEPAT, Zone.FAR);
        int absurd = form.indexOf(Courier.EMS, Zone.EUROPE);
        int half = form.indexOf(Courier.POS_INDONESIA, Zone.LOCAL);
        refused(form.own(Courier.JNE, Zone.LOCAL, -5_000, 5_000, 1, 2)
                        .own(Courier.JNT, Zone.NEAR, 0, 10_000, 1, 2)
                        .own(Courier.SICEPAT, Zone.FAR, 40_000, 40_000, 9, 2)
                        .own(Courier.EMS, Zone.EUROPE, 999_999_999_999L, 200_000, 5, 1000)
                        .typing(half, "firstKilogram", "12000"),
                "rows[" + negative + "].firstKilogram", "rows[" + zero + "].firstKilogram",
                "rows[" + days + "].maxDays", "rows[" + absurd + "].firstKilogram", "rows[" + absurd + "].maxDays",
                "rows[" + half + "].nextKilogram")
                .andExpect(content().string(containsString("Isi harga antara Rp1 dan Rp10.000.000 per kg.")))
                .andExpect(content().string(containsString("Paling lama tidak boleh kurang dari paling cepat.")))
                .andExpect(content().string(containsString("Isi kolom ini, atau kosongkan keempat kolom baris ini.")));
    }

    @Test
    void unknownCouriersAndZonesAndPickupWithoutAnAddressAreRefused() throws Exception {
        refused(RateForm.blank(defaults).param("couriersOff", "DHL"), "couriersOff")
                .andExpect(content().string(containsString("Kurir atau zona ini tidak dikenal.")));
        refused(RateForm.blank(defaults).typing(0, "courier", "FEDEX").typing(0, "firstKilogram", "1000")
                .typing(0, "nextKilogram", "1000").typing(0, "minDays", "1").typing(0, "maxDays", "1"), "rows[0].courier");
        refused(RateForm.blank(defaults).typing(0, "zone", "EUROPE"), "rows[0].courier");
        refused(RateForm.blank(defaults).param("offersPickup", "true").param("pickupAddress", "  "), "pickupAddress")
                .andExpect(content().string(containsString("Isi alamat tempat pembeli mengambil pesanan.")));
        refused(RateForm.blank(defaults).param("offersPickup", "true").param("pickupAddress", "x".repeat(301)),
                "pickupAddress");
    }

    ResultActions refused(RateForm form, String... fields) throws Exception {
        BusinessShipping before = settings.of(me.businessId());
        ResultActions result = mvc.perform(form.post("/my/shipping").with(user(me.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("myShippingForm", fields))
                .andExpect(content().string(containsString("Belum disimpan: perbaiki isian yang ditandai.")));
        assertThat(settings.of(me.businessId())).isEqualTo(before);
        return result;
    }
}
