package id.kriya.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import id.kriya.payment.gateway.GatewayPayments.Outcome;
import id.kriya.payment.gateway.GatewayPayments;
import id.kriya.payment.gateway.MidtransNotification;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;

class GatewayPaymentsTests {

    @Test
    void withoutAServerKeyTheGatewayIsOffAndTouchesNothing() {
        GatewayPayments off = new GatewayPayments(null, null, null, Clock.systemUTC(), " ");

        assertThat(off.isEnabled()).isFalse();
        assertThat(off.receive(new MidtransNotification("KRY-1", "200", "1000.00", "00", "settlement", null, "t")))
                .isEqualTo(Outcome.DISABLED);
    }

    @Test
    void grossAmountsAreWholeRupiah() {
        assertThat(GatewayPayments.wholeRupiah("150000.00")).contains(Rupiah.of(150_000));
        assertThat(GatewayPayments.wholeRupiah("150000")).contains(Rupiah.of(150_000));
        assertThat(GatewayPayments.wholeRupiah("150000.50")).isEmpty();
        assertThat(GatewayPayments.wholeRupiah("0.00")).isEmpty();
        assertThat(GatewayPayments.wholeRupiah("-5000.00")).isEmpty();
        assertThat(GatewayPayments.wholeRupiah("seratus")).isEmpty();
        assertThat(GatewayPayments.wholeRupiah("1e400")).isEmpty();
    }
}
