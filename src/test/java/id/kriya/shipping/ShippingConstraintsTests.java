package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database refuses what the forms refuse, should anything get past them. */
@KriyaWebTest
class ShippingConstraintsTests {

    static final String OVERRIDE = "INSERT INTO shipping_rate_override (business_id, courier, zone, first_kg_rupiah, "
            + "next_kg_rupiah, min_days, max_days, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, now())";
    static final String OPTION = "INSERT INTO shipping_business_option (business_id, couriers_off, offers_pickup, "
            + "pickup_address, updated_at) VALUES (?, ?::text[], ?, ?, now())";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ratesArePositiveWithDaysInOrderAndTheCourierServesTheZone() {
        long business = ShippingRatesTests.aBusiness();
        assertThatCode(() -> jdbc.update(OVERRIDE, business, "JNE", "LOCAL", 9000, 9000, 1, 2)).doesNotThrowAnyException();

        refused(OVERRIDE, business, "JNT", "LOCAL", 0, 9000, 1, 2);
        refused(OVERRIDE, business, "JNT", "LOCAL", 9000, -1, 1, 2);
        refused(OVERRIDE, business, "JNT", "LOCAL", 9000, 9000, 5, 2);
        refused(OVERRIDE, business, "JNE", "LOCAL", 8000, 8000, 1, 2);
        refused(OVERRIDE, business, "JNE", "EUROPE", 9000, 9000, 1, 2);
        refused(OVERRIDE, business, "DHL", "LOCAL", 9000, 9000, 1, 2);
        refused("UPDATE shipping_rate SET zone = 'ASEAN' WHERE courier = 'JNE' AND zone = 'LOCAL'");
        refused("INSERT INTO shipping_rate (courier, zone, first_kg_rupiah, next_kg_rupiah, min_days, max_days, updated_at)"
                + " VALUES ('EMS', 'LOCAL', 1, 1, 1, 1, now())");
    }

    @Test
    void pickUpNeedsAnAddressAndOnlyKnownCouriersAreSwitchedOff() {
        refused(OPTION, ShippingRatesTests.aBusiness(), "{}", true, null);
        refused(OPTION, ShippingRatesTests.aBusiness(), "{DHL}", false, null);
        assertThatCode(() -> jdbc.update(OPTION, ShippingRatesTests.aBusiness(), "{JNT,EMS}", true, "Jl. Raya Celuk"))
                .doesNotThrowAnyException();
    }

    void refused(String sql, Object... arguments) {
        assertThatThrownBy(() -> jdbc.update(sql, arguments)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
