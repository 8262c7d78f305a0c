package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.kriya.KriyaWebTest;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Quotes for a weaver in Gianyar (51.04) from the council's seeded 2026 rates. */
@KriyaWebTest
class ShippingRatesTests {

    static final String GIANYAR = "51.04";
    static final String DENPASAR = "51.71";
    /** A folded kain in a small box: 1.2 kg, 30 × 20 × 10 cm; couriers charge 1 kg (0.2 kg rounds down). */
    static final Parcel KAIN = new Parcel(1_200, 30 * 20 * 10);

    @Autowired
    ShippingRates rates;

    @Autowired
    ShippingSettings settings;

    static long aBusiness() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    }

    @Test
    void toDenpasarEveryDomesticCourierCheapestFirst() {
        List<ShippingQuote> quotes = rates.quotes(aBusiness(), GIANYAR, Destination.home(DENPASAR), KAIN);

        assertThat(quotes).extracting(ShippingQuote::courier, ShippingQuote::zone, ShippingQuote::chargeableKilograms,
                        ShippingQuote::cost, ShippingQuote::papers)
                .containsExactly(
                        tuple(Courier.SICEPAT, Zone.PROVINCE, 1, Rupiah.of(12_000), ExportPapers.NONE),
                        tuple(Courier.JNT, Zone.PROVINCE, 1, Rupiah.of(13_000), ExportPapers.NONE),
                        tuple(Courier.JNE, Zone.PROVINCE, 1, Rupiah.of(14_000), ExportPapers.NONE),
                        tuple(Courier.POS_INDONESIA, Zone.PROVINCE, 1, Rupiah.of(15_000), ExportPapers.NONE));
        assertThat(quotes.get(0).minDays()).isEqualTo(1);
        assertThat(quotes.get(0).maxDays()).isEqualTo(2);
    }

    @Test
    void toJakartaAcrossTheBaliJavaCorridorWeightRoundedUp() {
        // 2.5 kg: half a kilogram is more than 0.3, so 3 kg are charged.
        Parcel silver = new Parcel(2_500, 25 * 20 * 15);

        List<ShippingQuote> quotes = rates.quotes(aBusiness(), GIANYAR, Destination.home("31.71"), silver);

        assertThat(quotes).extracting(ShippingQuote::courier, ShippingQuote::zone, ShippingQuote::chargeableKilograms,
                        ShippingQuote::cost)
                .containsExactly(
                        tuple(Courier.POS_INDONESIA, Zone.NEAR, 3, Rupiah.of(58_000)),
                        tuple(Courier.SICEPAT, Zone.NEAR, 3, Rupiah.of(63_000)),
                        tuple(Courier.JNT, Zone.NEAR, 3, Rupiah.of(69_000)),
                        tuple(Courier.JNE, Zone.NEAR, 3, Rupiah.of(72_000)));
    }

    @Test
    void toPapuaByProvinceCodeAlone() {
        List<ShippingQuote> quotes = rates.quotes(aBusiness(), GIANYAR, Destination.home("91"), KAIN);

        assertThat(quotes).extracting(ShippingQuote::courier, ShippingQuote::zone, ShippingQuote::cost)
                .containsExactly(
                        tuple(Courier.POS_INDONESIA, Zone.REMOTE, Rupiah.of(62_000)),
                        tuple(Courier.JNE, Zone.REMOTE, Rupiah.of(95_000)),
                        tuple(Courier.SICEPAT, Zone.REMOTE, Rupiah.of(98_000)),
                        tuple(Courier.JNT, Zone.REMOTE, Rupiah.of(105_000)));
    }

    @Test
    void toTheNetherlandsByPostWithAConsignmentNote() {
        // 3.2 kg: 0.2 kg rounds down to 3 kg.
        Parcel painting = new Parcel(3_200, 60 * 50 * 5);

        List<ShippingQuote> quotes = rates.quotes(aBusiness(), GIANYAR, Destination.abroad("NL"), painting);

        assertThat(quotes).extracting(ShippingQuote::courier, ShippingQuote::zone, ShippingQuote::chargeableKilograms,
                        ShippingQuote::cost, ShippingQuote::minDays, ShippingQuote::maxDays, ShippingQuote::papers)
                .containsExactly(
                        tuple(Courier.POS_EKSPOR, Zone.EUROPE, 3, Rupiah.of(830_000), 10, 20, ExportPapers.CONSIGNMENT_NOTE),
                        tuple(Courier.EMS, Zone.EUROPE, 3, Rupiah.of(980_000), 5, 10, ExportPapers.CONSIGNMENT_NOTE));
    }

    @Test
    void aBulkyLightParcelIsPricedByItsVolume() {
        // A bamboo basket: 800 g but 60 × 50 × 40 cm, which couriers count as 20 kg.
        Parcel basket = new Parcel(800, 60 * 50 * 40);

        ShippingQuote sicepat = rates.quote(aBusiness(), GIANYAR, Destination.home(DENPASAR), basket, Courier.SICEPAT)
                .orElseThrow();
        assertThat(sicepat.chargeableKilograms()).isEqualTo(20);
        assertThat(sicepat.cost()).isEqualTo(Rupiah.of(240_000));

        // 70 × 60 × 50 cm is 35 kg by volume: abroad that needs an export declaration.
        ShippingQuote abroad = rates.quote(aBusiness(), GIANYAR, Destination.abroad("NL"), new Parcel(4_000, 70 * 60 * 50),
                Courier.POS_EKSPOR).orElseThrow();
        assertThat(abroad.chargeableKilograms()).isEqualTo(35);
        assertThat(abroad.cost()).isEqualTo(Rupiah.of(450_000 + 34 * 190_000));
        assertThat(abroad.papers()).isEqualTo(ExportPapers.EXPORT_DECLARATION);
    }

    @Test
    void anOverrideChangesOnlyThatBusinessQuote() {
        long mine = aBusiness();
        long neighbour = aBusiness();
        settings.save(mine, new BusinessShipping.Change(
                List.of(new Rate(Courier.JNE, Zone.PROVINCE, Rupiah.of(9_000), Rupiah.of(8_000), 1, 1)),
                Set.of(Courier.JNT), false, null, null));

        assertThat(rates.quotes(mine, GIANYAR, Destination.home(DENPASAR), new Parcel(2_000, 1000)))
                .extracting(ShippingQuote::courier, ShippingQuote::cost)
                .containsExactly(
                        tuple(Courier.JNE, Rupiah.of(17_000)),
                        tuple(Courier.SICEPAT, Rupiah.of(24_000)),
                        tuple(Courier.POS_INDONESIA, Rupiah.of(25_000)));
        assertThat(rates.quote(neighbour, GIANYAR, Destination.home(DENPASAR), new Parcel(2_000, 1000), Courier.JNE))
                .map(ShippingQuote::cost).contains(Rupiah.of(28_000));
        assertThat(rates.quote(mine, GIANYAR, Destination.home(DENPASAR), KAIN, Courier.JNT)).isEmpty();
        // Other zones keep the council's rate.
        assertThat(rates.quote(mine, GIANYAR, Destination.home("31.71"), KAIN, Courier.JNE))
                .map(ShippingQuote::cost).contains(Rupiah.of(24_000));

        settings.resetOverride(mine, Courier.JNE, Zone.PROVINCE);
        assertThat(rates.quote(mine, GIANYAR, Destination.home(DENPASAR), KAIN, Courier.JNE))
                .map(ShippingQuote::cost).contains(Rupiah.of(14_000));
    }

    @Test
    void pickUpIsOfferedOnlyWhenEnabledAndOnlyAtHome() {
        long withPickup = aBusiness();
        long without = aBusiness();
        settings.save(withPickup, new BusinessShipping.Change(List.of(), Set.of(), true,
                "Jl. Raya Mas No. 12, Ubud", "Buka 09.00–17.00"));

        List<ShippingQuote> home = rates.quotes(withPickup, GIANYAR, Destination.home(DENPASAR), KAIN);
        assertThat(home.get(0).isPickup()).isTrue();
        assertThat(home.get(0).cost()).isEqualTo(Rupiah.ZERO);
        assertThat(home).hasSize(5);
        assertThat(rates.quote(withPickup, GIANYAR, Destination.home(DENPASAR), KAIN, null)).isPresent();
        assertThat(rates.offersPickup(withPickup)).isTrue();
        assertThat(rates.pickupNotes(withPickup)).contains("Jl. Raya Mas No. 12, Ubud\nBuka 09.00–17.00");

        assertThat(rates.quotes(withPickup, GIANYAR, Destination.abroad("NL"), KAIN)).noneMatch(ShippingQuote::isPickup);
        assertThat(rates.quote(withPickup, GIANYAR, Destination.abroad("NL"), KAIN, null)).isEmpty();
        assertThat(rates.quotes(without, GIANYAR, Destination.home(DENPASAR), KAIN)).noneMatch(ShippingQuote::isPickup);
        assertThat(rates.offersPickup(without)).isFalse();
        assertThat(rates.pickupNotes(without)).isEmpty();
    }

    @Test
    void aCourierThatDoesNotServeTheZoneHasNoQuote() {
        assertThat(rates.quote(aBusiness(), GIANYAR, Destination.home(DENPASAR), KAIN, Courier.EMS)).isEmpty();
        assertThat(rates.quote(aBusiness(), GIANYAR, Destination.abroad("SG"), KAIN, Courier.JNE)).isEmpty();
        assertThat(rates.quote(aBusiness(), GIANYAR, Destination.home(GIANYAR), KAIN, Courier.SICEPAT))
                .map(ShippingQuote::zone).contains(Zone.LOCAL);
    }
}
