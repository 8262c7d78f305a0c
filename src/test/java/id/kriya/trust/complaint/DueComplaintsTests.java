package id.kriya.trust.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.artisan.TestPeople;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.OrderStatus;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.shipping.Courier;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintOutcome;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;
import id.kriya.trust.complaint.TestComplaints.Sale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * A complaint's deadlines, with the clock moved: the window to open one, an artisan or a buyer silent past their
 * time (mediation), a return never sent (lapses), a return never confirmed (counts as received, the refund is
 * owed), a refund not paid (the officers' queue). Each due step runs once, however many instances poll at once.
 */
@KriyaWebTest
@Import(MutableClock.Configuration.class)
class DueComplaintsTests {

    static final Duration DAY = Duration.ofDays(1);

    @Autowired
    MutableClock clock;

    @Autowired
    TestComplaints complaints;

    @Autowired
    TestPeople people;

    @Autowired
    BuyerComplaints buyers;

    @Autowired
    ArtisanComplaints artisans;

    @Autowired
    ComplaintThreads threads;

    @Autowired
    ComplaintMediation mediation;

    @Autowired
    DueComplaints due;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    ComplaintEventsHeard events;

    java.time.Instant start;

    @BeforeEach
    void startNow() {
        start = clock.notAheadOfRealTime();
    }

    @AfterEach
    void backToNow() {
        clock.setTo(start);
    }

    ComplaintView complaint(Sale sale, String number) {
        return threads.read(sale.buyer().id(), number).complaint();
    }

    @Test
    void anArtisanSilentForTwoDaysSendsTheComplaintToMediation() {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);

        clock.advance(DAY.multipliedBy(2).minusMinutes(1));
        due.runDue();
        assertThat(complaint(sale, number).status()).isEqualTo(ComplaintStatus.AWAITING_ARTISAN);

        clock.advance(Duration.ofMinutes(2));
        due.runDue();
        due.runDue();

        ComplaintView escalated = complaint(sale, number);
        assertThat(escalated.status()).isEqualTo(ComplaintStatus.MEDIATION);
        assertThat(escalated.entries()).filteredOn(entry -> entry.kind() == EntryKind.ESCALATED).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("ARTISAN_SILENT"));
        assertThat(events.of(number)).filteredOn(ComplaintEscalated.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ComplaintEscalated) event).cause())
                        .isEqualTo(ComplaintEscalated.Cause.ARTISAN_SILENT));
        assertThat(mediation.queue(people.officerOf(TestComplaints.GIANYAR).id(), PageRequest.of(0, 50)))
                .extracting(ComplaintView::number).contains(number);
        assertThatThrownBy(() -> artisans.accept(sale.artisan().user().id(), number, null))
                .isInstanceOfSatisfying(ComplaintRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.rule.notNow"));
        // The order, held, was not completed by its own scheduled work in the meantime.
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.COMPLAINED);
    }

    @Test
    void aComplaintAfterTheWindowIsRefusedAndChangesNothing() {
        Sale sale = complaints.arrivedInGianyar();
        clock.advance(DAY.multipliedBy(2).plusMinutes(1));

        assertThatThrownBy(() -> complaints.notAsPictured(sale)).isInstanceOfSatisfying(ComplaintRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("complaint.window.closed"));
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.ARRIVED);
        assertThat(complaints.order(sale).complaintNumber()).isNull();
    }

    @Test
    void aParcelPastTheCouriersLatestDayIsComplainedOfAsNotArrived() {
        Sale sale = complaints.shipped(TestComplaints.GIANYAR);
        OpenComplaint notArrived = new OpenComplaint(ComplaintReason.NOT_ARRIVED, Remedy.FULL_REFUND, null,
                "Sudah lewat perkiraan kurir dan paketnya belum juga sampai.");
        BuyerAccess buyer = BuyerAccess.user(sale.buyer().id());
        assertThatThrownBy(() -> buyers.open(buyer, sale.number(), notArrived, List.of()))
                .isInstanceOfSatisfying(ComplaintRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.window.notYet"));

        clock.setTo(sale.order().expectedBy().plusSeconds(1));
        assertThatThrownBy(() -> buyers.open(buyer, sale.number(), new OpenComplaint(ComplaintReason.DAMAGED,
                Remedy.FULL_REFUND, null, TestComplaints.STORY), List.of(complaints.photoBy(sale.buyer()))))
                .isInstanceOfSatisfying(ComplaintRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("complaint.reason.notYetArrived"));
        String number = buyers.open(buyer, sale.number(), notArrived, List.of());

        assertThat(complaint(sale, number).reason()).isEqualTo(ComplaintReason.NOT_ARRIVED);
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.COMPLAINED);
        artisans.accept(sale.artisan().user().id(), number, null);
        artisans.refundPaid(sale.artisan().user().id(), number, null, List.of(complaints.photoBy(sale.artisan().user())));
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(ledger.of(sale.number())).extracting(LedgerEntry::kind, entry -> entry.amount())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.PAYMENT_CONFIRMED, sale.order().total()),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REFUND_DUE, sale.order().total()),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REFUNDED, sale.order().total()));
    }

    @Test
    void aBuyerSilentOnAnOfferSendsItToMediation() {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);
        artisans.offer(sale.artisan().user().id(), number, Remedy.PARTIAL_REFUND, 100_000L,
                "Kami tawarkan pengembalian sebagian karena warna memang sedikit berbeda.", List.of());

        clock.advance(DAY.multipliedBy(2).plusMinutes(1));
        due.runDue();

        assertThat(complaint(sale, number).status()).isEqualTo(ComplaintStatus.MEDIATION);
        assertThat(complaint(sale, number).offered()).isNull();
    }

    @Test
    void aReturnNeverSentLapsesAndTheOrderCompletes() {
        Sale sale = complaints.arrivedInGianyar();
        String number = buyers.open(BuyerAccess.user(sale.buyer().id()), sale.number(),
                new OpenComplaint(ComplaintReason.WRONG_ITEM, Remedy.RETURN_AND_REFUND, null, TestComplaints.STORY),
                List.of(complaints.photoBy(sale.buyer())));
        artisans.accept(sale.artisan().user().id(), number, null);

        clock.advance(DAY.multipliedBy(3).plusMinutes(1));
        due.runDue();

        assertThat(complaint(sale, number).outcome()).isEqualTo(ComplaintOutcome.LAPSED);
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(ledger.of(sale.number())).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.PAYMENT_CONFIRMED);
    }

    @Test
    void aReturnNeverConfirmedCountsAsReceivedAndALateRefundGoesBeforeTheOfficers() {
        Sale sale = complaints.arrivedInGianyar();
        String number = buyers.open(BuyerAccess.user(sale.buyer().id()), sale.number(),
                new OpenComplaint(ComplaintReason.DAMAGED, Remedy.RETURN_AND_REFUND, null, TestComplaints.STORY),
                List.of(complaints.photoBy(sale.buyer())));
        artisans.accept(sale.artisan().user().id(), number, null);
        assertThatThrownBy(() -> buyers.returnShipped(sale.buyer().id(), number, Courier.JNE, "12"))
                .isInstanceOf(ComplaintRuleException.class);
        buyers.returnShipped(sale.buyer().id(), number, Courier.JNE, "JNE 0012 3456 78");

        clock.advance(DAY.multipliedBy(14).plusMinutes(1));
        due.runDue();
        assertThat(complaint(sale, number).status()).isEqualTo(ComplaintStatus.AWAITING_REFUND);
        assertThat(complaint(sale, number).returnTracking()).isEqualTo("JNE0012345678");
        assertThat(ledger.of(sale.number())).filteredOn(entry -> entry.kind() == LedgerEntry.Kind.REFUND_DUE)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.amount()).isEqualTo(sale.order().total());
                    assertThat(entry.actorUserId()).isNull();
                });

        clock.advance(DAY.multipliedBy(2).plusMinutes(1));
        due.runDue();
        due.runDue();
        ComplaintView late = complaint(sale, number);
        assertThat(late.isOverdue()).isTrue();
        assertThat(late.entries()).filteredOn(entry -> entry.kind() == EntryKind.OVERDUE).hasSize(1);
        assertThat(mediation.queue(people.officerOf(TestComplaints.GIANYAR).id(), PageRequest.of(0, 50)))
                .extracting(ComplaintView::number).contains(number);
    }

    @Test
    void instancesPollingAtOnceMoveEachDueComplaintOnce() throws Exception {
        Sale first = complaints.arrivedInGianyar();
        Sale second = complaints.arrivedInGianyar();
        String one = complaints.notAsPictured(first);
        String two = complaints.notAsPictured(second);
        clock.advance(DAY.multipliedBy(2).plusMinutes(1));

        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> poll = due::runDue;
            List<Future<Integer>> polls = instances.invokeAll(List.of(poll, poll, poll));
            for (Future<Integer> poll1 : polls) {
                poll1.get();
            }
        } finally {
            instances.shutdown();
        }

        for (String number : List.of(one, two)) {
            Sale sale = number.equals(one) ? first : second;
            assertThat(complaint(sale, number).entries()).filteredOn(entry -> entry.kind() == EntryKind.ESCALATED)
                    .hasSize(1);
        }
    }
}
