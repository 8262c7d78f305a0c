package id.kriya.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.shipping.ExportPapers;
import id.kriya.shipping.ShippingQuote;
import id.kriya.shipping.Zone;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OrderTests {

    static final Instant PLACED = Instant.parse("2026-11-25T02:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    static Order anOrder() {
        return new Order("KR-261125-ABCDEF", UUID.randomUUID(), 7, null, "0".repeat(64),
                new Contact("Sarah", "sarah@example.com", "+31612345678", Locale.ENGLISH),
                new ShippingAddress("ID", "51.71", "Denpasar", null, "80225", "Jl. Tukad Badung 12"),
                new ShippingQuote(Courier.JNE, Zone.PROVINCE, 1, Rupiah.of(15_000), 1, 2, ExportPapers.NONE),
                List.of(new OrderLine(1, "kain-endek", "Kain Endek", Rupiah.of(850_000), 1)), PLACED, DAY, 2);
    }

    static void refused(ThrowingCallable step, String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(OrderRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void keepsTheTotalOfItsLinesAndShipping() {
        OrderView order = anOrder().toView();

        assertThat(order.total()).isEqualTo(Rupiah.of(865_000));
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.expiresAt()).isEqualTo(PLACED.plus(DAY));
    }

    @Test
    void anUnpaidOrderCannotBeProcessedShippedArrivedOrCompleted() {
        Order order = anOrder();

        refused(() -> order.startProcessing(PLACED), "ordering.rule.notPaid");
        refused(() -> order.ship("JNE0012345678", PLACED), "ordering.rule.notPaid");
        refused(() -> order.markArrived(Actor.ARTISAN, PLACED, DAY), "ordering.rule.notShipped");
        refused(() -> order.complete(Actor.BUYER, PLACED), "ordering.rule.notShipped");
    }

    @Test
    void anOrderIsPaidOnceAndNotAfterItsTime() {
        Order late = anOrder();
        refused(() -> late.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED.plus(DAY).plusSeconds(1)),
                "ordering.rule.expired");

        Order order = anOrder();
        order.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED.plusSeconds(60));
        refused(() -> order.markPaid(PaymentMethod.GATEWAY, Actor.GATEWAY, PLACED.plusSeconds(90)),
                "ordering.rule.notAwaitingPayment");
        assertThat(order.toView().steps()).extracting(OrderView.Step::status)
                .containsExactly(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID);
    }

    @Test
    void aCancelledOrderGoesNowhere() {
        Order order = anOrder();
        order.cancelByBuyer(PLACED.plusSeconds(60));

        refused(() -> order.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED.plusSeconds(90)),
                "ordering.rule.notAwaitingPayment");
        refused(() -> order.expire(PLACED.plus(DAY)), "ordering.rule.notAwaitingPayment");
        refused(() -> order.cancelByArtisan("Sudah tidak ada stok, maaf.", PLACED.plusSeconds(90)),
                "ordering.rule.tooLateToCancel");
    }

    @Test
    void theBuyerCannotCancelOncePaidAndNobodyOnceShipped() {
        Order order = anOrder();
        order.markPaid(PaymentMethod.BANK_TRANSFER, Actor.ARTISAN, PLACED.plusSeconds(60));
        refused(() -> order.cancelByBuyer(PLACED.plusSeconds(90)), "ordering.rule.buyerCannotCancel");

        order.ship("JNE0012345678", PLACED.plusSeconds(120));
        refused(() -> order.cancelByArtisan("Kurir tidak datang menjemput.", PLACED.plusSeconds(150)),
                "ordering.rule.tooLateToCancel");
    }

    @Test
    void anArtisanCancelsOnlyWithAReasonTheBuyerCanRead() {
        Order order = anOrder();

        refused(() -> order.cancelByArtisan("maaf", PLACED), "ordering.rule.reasonSize");
        refused(() -> order.cancelByArtisan(null, PLACED), "ordering.rule.reasonSize");
        order.cancelByArtisan("Benangnya ternyata rusak, mohon maaf.", PLACED);
        assertThat(order.toView().cancelReason()).isEqualTo("Benangnya ternyata rusak, mohon maaf.");
    }

    @Test
    void aCourierOrderNeedsATrackingNumberAndCompletesByItselfOnlyWhenDue() {
        Order order = anOrder();
        order.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED);
        refused(() -> order.ship(" ", PLACED), "ordering.rule.trackingRequired");
        order.ship("JNE0012345678", PLACED);
        order.markArrived(Actor.ARTISAN, PLACED.plus(DAY), Duration.ofDays(2));

        refused(() -> order.complete(Actor.SYSTEM, PLACED.plus(DAY).plus(DAY)), "ordering.rule.notDue");
        order.complete(Actor.SYSTEM, PLACED.plus(Duration.ofDays(3)));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aComplaintHoldsAnArrivedOrderUntilItClosesAndOnlyOnce() {
        Order order = anOrder();
        order.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED);
        refused(() -> order.holdForComplaint("KM-261125-AAAAAA", false, PLACED), "ordering.complaint.notArrived");
        order.ship("JNE0012345678", PLACED);
        order.markArrived(Actor.ARTISAN, PLACED.plus(DAY), Duration.ofDays(2));

        order.holdForComplaint("KM-261125-AAAAAA", false, PLACED.plus(DAY));

        assertThat(order.status()).isEqualTo(OrderStatus.COMPLAINED);
        refused(() -> order.complete(Actor.SYSTEM, PLACED.plus(Duration.ofDays(5))), "ordering.rule.notShipped");
        refused(() -> order.holdForComplaint("KM-261125-BBBBBB", false, PLACED.plus(DAY)), "ordering.complaint.already");
        order.closeAfterComplaint(false, PLACED.plus(Duration.ofDays(4)));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.toView().complaintNumber()).isEqualTo("KM-261125-AAAAAA");
        refused(() -> order.closeAfterComplaint(true, PLACED.plus(Duration.ofDays(4))), "ordering.complaint.notHeld");
    }

    @Test
    void aParcelOnTheRoadIsComplainedOfAsNotArrivedOnlyAfterTheCouriersLatestDay() {
        Order order = anOrder();
        order.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED);
        order.ship("JNE0012345678", PLACED);
        assertThat(order.toView().expectedBy()).isEqualTo(PLACED.plus(Duration.ofDays(2)));

        refused(() -> order.holdForComplaint("KM-261125-AAAAAA", true, PLACED.plus(DAY)), "ordering.complaint.notYetLate");
        refused(() -> order.holdForComplaint("KM-261125-AAAAAA", false, PLACED.plus(DAY.multipliedBy(3))),
                "ordering.complaint.notArrived");
        order.holdForComplaint("KM-261125-AAAAAA", true, PLACED.plus(DAY.multipliedBy(2)));

        order.closeAfterComplaint(true, PLACED.plus(DAY.multipliedBy(5)));
        OrderView refunded = order.toView();
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.refundedAt()).isEqualTo(PLACED.plus(DAY.multipliedBy(5)));
        assertThat(refunded.steps()).extracting(OrderView.Step::status).endsWith(OrderStatus.COMPLAINED,
                OrderStatus.REFUNDED);
    }

    @Test
    void photosOfThePieceAsPackedAreAddedBeforeShippingAndAtMostThree() {
        Order order = anOrder();
        id.kriya.media.PrivatePhotoId one = new id.kriya.media.PrivatePhotoId(UUID.randomUUID());
        refused(() -> order.addPackedPhotos(List.of(one), PLACED), "ordering.packed.notBeforeShipping");
        order.markPaid(PaymentMethod.QRIS, Actor.ARTISAN, PLACED);

        order.addPackedPhotos(List.of(one, new id.kriya.media.PrivatePhotoId(UUID.randomUUID())), PLACED);
        refused(() -> order.addPackedPhotos(List.of(new id.kriya.media.PrivatePhotoId(UUID.randomUUID()),
                new id.kriya.media.PrivatePhotoId(UUID.randomUUID())), PLACED), "ordering.packed.tooMany");
        refused(() -> order.addPackedPhotos(List.of(), PLACED), "ordering.packed.missing");
        assertThat(order.removePackedPhoto(one)).isTrue();
        assertThat(order.removePackedPhoto(one)).isFalse();
        order.ship("JNE0012345678", PLACED);

        assertThat(order.toView().packedPhotos()).hasSize(1);
        refused(() -> order.removePackedPhoto(order.packedPhotos().get(0)), "ordering.packed.notBeforeShipping");
    }
}
