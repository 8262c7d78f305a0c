package id.kriya.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayStageTests {

    @Test
    void settlementAndAnAcceptedCaptureArePaid() {
        assertThat(GatewayStage.of("settlement", null).isPaid()).isTrue();
        assertThat(GatewayStage.of("capture", "accept").isPaid()).isTrue();
    }

    @Test
    void aCaptureHeldForFraudReviewIsNotPaid() {
        assertThat(GatewayStage.of("capture", "challenge")).isEqualTo(GatewayStage.HELD);
        assertThat(GatewayStage.of("capture", "challenge").isPaid()).isFalse();
        assertThat(GatewayStage.of("capture", null).isPaid()).isFalse();
        assertThat(GatewayStage.of("capture", "deny")).isEqualTo(GatewayStage.FAILED);
    }

    @Test
    void aLatePendingDoesNotMoveASettledPaymentBack() {
        assertThat(GatewayStage.PENDING.isBeyond(GatewayStage.PAID)).isFalse();
        assertThat(GatewayStage.of("expire", null).isBeyond(GatewayStage.PAID)).isFalse();
        assertThat(GatewayStage.PAID.isBeyond(GatewayStage.PENDING)).isTrue();
    }

    @Test
    void settlementAfterAnAcceptedCaptureIsNotASecondPayment() {
        assertThat(GatewayStage.of("settlement", null).isBeyond(GatewayStage.of("capture", "accept"))).isFalse();
    }

    @Test
    void aHeldCaptureMovesOnToPaidOrRefunded() {
        assertThat(GatewayStage.of("settlement", null).isBeyond(GatewayStage.HELD)).isTrue();
        assertThat(GatewayStage.of("refund", null).isBeyond(GatewayStage.PAID)).isTrue();
        assertThat(GatewayStage.of("refund", null).isPaid()).isFalse();
    }

    @Test
    void anUnknownStatusMovesNothing() {
        assertThat(GatewayStage.of("something_new", null).isBeyond(GatewayStage.UNKNOWN)).isFalse();
    }

    @Test
    void everyStageIsFoundAgainByItsRank() {
        for (GatewayStage stage : GatewayStage.values()) {
            assertThat(GatewayStage.ofRank(stage.rank())).isEqualTo(stage);
        }
    }
}
