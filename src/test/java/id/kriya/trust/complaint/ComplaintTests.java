package id.kriya.trust.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.kriya.media.PrivatePhotoId;
import id.kriya.trust.ComplaintDecided.DecidedBy;
import id.kriya.trust.ComplaintEscalated.Cause;
import id.kriya.trust.ComplaintOutcome;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ComplaintTests {

    static final Instant OPENED = Instant.parse("2026-11-25T02:00:00Z");
    static final Duration DAY = Duration.ofDays(1);
    static final ComplaintProperties TIMES = new ComplaintProperties(DAY.multipliedBy(2), DAY.multipliedBy(2),
            DAY.multipliedBy(2), DAY.multipliedBy(3), DAY.multipliedBy(3), DAY.multipliedBy(14), DAY.multipliedBy(2),
            DAY.multipliedBy(3), Duration.ofMinutes(1));
    static final long BUYER = 11;
    static final long ARTISAN = 22;
    static final long OFFICER = 33;
    static final String STORY = "Warnanya jauh lebih pucat daripada di foto iklan.";

    static PrivatePhotoId photo() {
        return new PrivatePhotoId(UUID.randomUUID());
    }

    static Complaint aComplaint(ComplaintReason reason, Remedy asked, Long amount) {
        return new Complaint("KM-261125-ABCDEF", new Complaint.Facts("KR-261120-ABCDEF", 7, "51.04", 865_000),
                BUYER, reason, asked, amount, STORY, List.of(photo()), OPENED, TIMES);
    }

    static Complaint notAsPictured() {
        return aComplaint(ComplaintReason.NOT_AS_PICTURED, Remedy.FULL_REFUND, null);
    }

    static void refused(ThrowingCallable step, String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(ComplaintRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void opensWaitingForTheArtisanForTwoDays() {
        ComplaintView view = notAsPictured().toView();

        assertThat(view.status()).isEqualTo(ComplaintStatus.AWAITING_ARTISAN);
        assertThat(view.dueAt()).isEqualTo(OPENED.plus(DAY.multipliedBy(2)));
        assertThat(view.askedRefund().amount()).isEqualTo(865_000);
        assertThat(view.entries()).extracting(ComplaintView.Entry::kind).containsExactly(EntryKind.OPENED);
    }

    @Test
    void thePieceItselfIsShownWithAPhotoAndTheStoryIsTold() {
        Complaint.Facts order = new Complaint.Facts("KR-1", 7, "51.04", 865_000);
        refused(() -> new Complaint("KM-1", order, BUYER, ComplaintReason.DAMAGED, Remedy.FULL_REFUND, null, STORY,
                List.of(), OPENED, TIMES), "complaint.photos.required");
        refused(() -> new Complaint("KM-1", order, BUYER, ComplaintReason.WRONG_ITEM, Remedy.FULL_REFUND, null,
                "pendek", List.of(photo()), OPENED, TIMES), "complaint.text.size");
        refused(() -> new Complaint("KM-1", order, BUYER, ComplaintReason.DAMAGED, Remedy.FULL_REFUND, null, STORY,
                List.of(photo(), photo(), photo(), photo(), photo(), photo()), OPENED, TIMES), "complaint.photos.tooMany");
        refused(() -> new Complaint("KM-1", order, BUYER, null, Remedy.FULL_REFUND, null, STORY, List.of(photo()),
                OPENED, TIMES), "complaint.reason.missing");
        refused(() -> new Complaint("KM-1", order, BUYER, ComplaintReason.DAMAGED, Remedy.NONE, null, STORY,
                List.of(photo()), OPENED, TIMES), "complaint.remedy.missing");

        Complaint notArrived = new Complaint("KM-1", order, BUYER, ComplaintReason.NOT_ARRIVED, Remedy.FULL_REFUND,
                null, STORY, List.of(), OPENED, TIMES);
        assertThat(notArrived.status()).isEqualTo(ComplaintStatus.AWAITING_ARTISAN);
    }

    @Test
    void aPartialRefundIsAnAmountUpToTheOrdersTotal() {
        refused(() -> aComplaint(ComplaintReason.DAMAGED, Remedy.PARTIAL_REFUND, null), "complaint.amount.missing");
        refused(() -> aComplaint(ComplaintReason.DAMAGED, Remedy.PARTIAL_REFUND, 0L), "complaint.amount.missing");
        refused(() -> aComplaint(ComplaintReason.DAMAGED, Remedy.PARTIAL_REFUND, 865_001L), "complaint.amount.tooLarge");

        assertThat(aComplaint(ComplaintReason.DAMAGED, Remedy.PARTIAL_REFUND, 200_000L).toView().askedRefund().amount())
                .isEqualTo(200_000);
    }

    @Test
    void anAcceptedFullRefundWaitsForTheRefundAndClosesRefundedWithItsProof() {
        Complaint complaint = notAsPictured();
        complaint.accept(ARTISAN, null, OPENED.plus(DAY), TIMES);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_REFUND);
        assertThat(complaint.decidedBy()).isEqualTo(DecidedBy.ARTISAN);
        assertThat(complaint.againstShop()).isFalse();
        refused(() -> complaint.refundPaid(ARTISAN, null, List.of(), OPENED.plus(DAY)), "complaint.refund.proof");
        complaint.refundPaid(ARTISAN, null, List.of(photo()), OPENED.plus(DAY));

        assertThat(complaint.outcome()).isEqualTo(ComplaintOutcome.REFUNDED);
        assertThat(complaint.refundsWholeTotal()).isTrue();
        refused(() -> complaint.message(ComplaintParty.BUYER, BUYER, "Terima kasih", List.of(), OPENED.plus(DAY)),
                "complaint.rule.closed");
    }

    @Test
    void anArtisanAnswersOnceAndOnlyInTime() {
        Complaint complaint = notAsPictured();
        refused(() -> complaint.escalateWhenSilent(OPENED.plus(DAY), TIMES), "complaint.rule.notDue");
        complaint.offer(ARTISAN, Remedy.PARTIAL_REFUND, 300_000L, "Warna memang sedikit berbeda karena cahaya.",
                List.of(), OPENED.plus(DAY), TIMES);

        refused(() -> complaint.accept(ARTISAN, null, OPENED.plus(DAY), TIMES), "complaint.rule.notNow");
        refused(() -> complaint.reject(ARTISAN, STORY, List.of(photo()), false, OPENED.plus(DAY), TIMES),
                "complaint.rule.notNow");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_BUYER);
        assertThat(complaint.escalateWhenSilent(OPENED.plus(DAY.multipliedBy(3)), TIMES)).isEqualTo(Cause.BUYER_SILENT);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.MEDIATION);
    }

    @Test
    void anOfferMustDifferFromTheRequestAndGiveSomething() {
        Complaint complaint = notAsPictured();
        refused(() -> complaint.offer(ARTISAN, Remedy.FULL_REFUND, null, STORY, List.of(), OPENED, TIMES),
                "complaint.offer.same");
        refused(() -> complaint.offer(ARTISAN, Remedy.NONE, null, STORY, List.of(), OPENED, TIMES),
                "complaint.offer.nothing");
        refused(() -> complaint.offer(ARTISAN, Remedy.PARTIAL_REFUND, 900_000L, STORY, List.of(), OPENED, TIMES),
                "complaint.amount.tooLarge");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_ARTISAN);
    }

    @Test
    void aRejectionNeedsEvidenceUnlessThePieceWasPhotographedAsPacked() {
        Complaint complaint = notAsPictured();
        refused(() -> complaint.reject(ARTISAN, STORY, List.of(), false, OPENED, TIMES), "complaint.reject.evidence");
        refused(() -> complaint.reject(ARTISAN, "Tidak benar.", List.of(photo()), false, OPENED, TIMES),
                "complaint.text.size");

        complaint.reject(ARTISAN, STORY, List.of(), true, OPENED, TIMES);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.MEDIATION);
        assertThat(complaint.toView().dueAt()).isEqualTo(OPENED.plus(DAY.multipliedBy(3)));
    }

    @Test
    void anOfficersPartialRefundIsDecidedAgainstTheShopAndNoneIsNot() {
        Complaint partly = notAsPictured();
        partly.reject(ARTISAN, STORY, List.of(photo()), false, OPENED, TIMES);
        refused(() -> partly.decide(OFFICER, Remedy.PARTIAL_REFUND, 900_000L, STORY, OPENED, TIMES),
                "complaint.amount.tooLarge");
        partly.decide(OFFICER, Remedy.PARTIAL_REFUND, 250_000L, STORY, OPENED, TIMES);
        assertThat(partly.againstShop()).isTrue();
        assertThat(partly.refund()).isEqualTo(250_000);
        refused(() -> partly.decide(OFFICER, Remedy.NONE, null, STORY, OPENED, TIMES), "complaint.rule.notNow");
        partly.refundPaid(ARTISAN, null, List.of(photo()), OPENED);
        assertThat(partly.outcome()).isEqualTo(ComplaintOutcome.PARTLY_REFUNDED);

        Complaint unfounded = notAsPictured();
        unfounded.askMediation(ComplaintParty.ARTISAN, ARTISAN, null, OPENED, TIMES);
        unfounded.decide(OFFICER, Remedy.NONE, null, STORY, OPENED, TIMES);
        assertThat(unfounded.againstShop()).isFalse();
        assertThat(unfounded.outcome()).isEqualTo(ComplaintOutcome.REJECTED);
    }

    @Test
    void aReturnIsSentWithinItsTimeOrLapsesAndCountsAsReceivedWhenTheArtisanIsSilent() {
        Complaint lapsed = aComplaint(ComplaintReason.WRONG_ITEM, Remedy.RETURN_AND_REFUND, null);
        lapsed.accept(ARTISAN, null, OPENED, TIMES);
        refused(() -> lapsed.lapse(OPENED.plus(DAY)), "complaint.rule.notDue");
        lapsed.lapse(OPENED.plus(DAY.multipliedBy(3)));
        assertThat(lapsed.outcome()).isEqualTo(ComplaintOutcome.LAPSED);

        Complaint returned = aComplaint(ComplaintReason.WRONG_ITEM, Remedy.RETURN_AND_REFUND, null);
        returned.accept(ARTISAN, null, OPENED, TIMES);
        returned.returnShipped(BUYER, id.kriya.shipping.Courier.JNE, "JNE0012345678", OPENED.plus(DAY), TIMES);
        refused(() -> returned.returnReceived(null, OPENED.plus(DAY.multipliedBy(2)), TIMES), "complaint.rule.notDue");
        returned.returnReceived(null, OPENED.plus(DAY.multipliedBy(15)), TIMES);
        assertThat(returned.status()).isEqualTo(ComplaintStatus.AWAITING_REFUND);
        assertThat(returned.refund()).isEqualTo(865_000);
    }

    @Test
    void aLateRefundIsMarkedOverdueOnceForTheOfficers() {
        Complaint complaint = notAsPictured();
        complaint.accept(ARTISAN, null, OPENED, TIMES);
        complaint.markOverdue(OPENED.plus(DAY.multipliedBy(2)));

        assertThat(complaint.toView().isOverdue()).isTrue();
        assertThat(complaint.dueAt()).isEmpty();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_REFUND);
    }

    @Test
    void theBuyerWithdrawsOnlyBeforeARemedyIsSettled() {
        Complaint complaint = notAsPictured();
        complaint.accept(ARTISAN, null, OPENED, TIMES);
        refused(() -> complaint.withdraw(BUYER, null, OPENED), "complaint.rule.notNow");

        Complaint withdrawn = notAsPictured();
        withdrawn.withdraw(BUYER, "Sudah dibicarakan lewat WhatsApp.", OPENED);
        assertThat(withdrawn.outcome()).isEqualTo(ComplaintOutcome.WITHDRAWN);
    }
}
