package id.kriya.trust.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.kriya.media.PrivatePhotoId;
import id.kriya.shared.Rupiah;
import id.kriya.shipping.Courier;
import id.kriya.trust.ComplaintDecided.DecidedBy;
import id.kriya.trust.ComplaintEscalated.Cause;
import id.kriya.trust.ComplaintOutcome;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A buyer's complaint about one order, and its whole life: the artisan's answer, an offer and the buyer's reply,
 * mediation by an officer, and the remedy carried out (a refund paid, a piece returned, a replacement sent). Each
 * step is allowed only in its turn and by the party whose turn it is; a late, repeated or out-of-turn step is
 * refused here, whatever page or scheduled work sent it. Who the person is (the buyer, a member of the business,
 * an officer of the area) is the service's to check; this guards the order of things and the rules of the texts,
 * photos and amounts.
 */
@Entity
@Table(name = "trust_complaint")
class Complaint {

    static final int MIN_TEXT = 20;
    static final int MAX_TEXT = 2000;
    static final int MAX_PHOTOS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "business_id")
    private long businessId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "buyer_user_id")
    private long buyerUserId;

    @Column(name = "order_total")
    private long orderTotal;

    @Enumerated(EnumType.STRING)
    private ComplaintReason reason;

    @Enumerated(EnumType.STRING)
    private Remedy asked;

    @Column(name = "asked_refund")
    private long askedRefund;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private Remedy offered;

    @Column(name = "offered_refund")
    private Long offeredRefund;

    @Enumerated(EnumType.STRING)
    private Remedy remedy;

    private Long refund;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by")
    private DecidedBy decidedBy;

    @Column(name = "against_shop")
    private boolean againstShop;

    @Column(name = "mediator_user_id")
    private Long mediatorUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_courier")
    private Courier returnCourier;

    @Column(name = "return_tracking")
    private String returnTracking;

    @Enumerated(EnumType.STRING)
    @Column(name = "replacement_courier")
    private Courier replacementCourier;

    @Column(name = "replacement_tracking")
    private String replacementTracking;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private ComplaintOutcome outcome;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ComplaintEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {
    }

    /**
     * Opens a complaint. The reasons about the piece itself need at least one photo of what came; the buyer asks
     * for a remedy (a partial refund with its amount, at most the order's total) and says what is wrong.
     */
    Complaint(String number, Facts order, long buyerUserId, ComplaintReason reason, Remedy asked, Long amount,
              String text, List<PrivatePhotoId> photos, Instant now, ComplaintProperties times) {
        require(reason != null, "complaint.reason.missing");
        require(asked != Remedy.NONE, "complaint.remedy.missing");
        Terms terms = Terms.of(asked, amount, order.total());
        String description = text(text, MIN_TEXT, "complaint.text.size");
        checkPhotos(photos);
        require(!reason.needsPhoto() || !photos.isEmpty(), "complaint.photos.required");
        this.number = number;
        this.orderNumber = order.number();
        this.businessId = order.businessId();
        this.regionCode = order.regionCode();
        this.buyerUserId = buyerUserId;
        this.orderTotal = order.total();
        this.reason = reason;
        this.asked = terms.remedy();
        this.askedRefund = terms.refund();
        this.openedAt = now;
        this.status = ComplaintStatus.AWAITING_ARTISAN;
        this.dueAt = now.plus(times.answerWithin());
        add(EntryKind.OPENED, ComplaintParty.BUYER, buyerUserId, description, photos, now).with(terms);
    }

    /** What a complaint keeps of its order. */
    record Facts(String number, long businessId, String regionCode, long total) {
    }

    // The artisan's answer.

    /** The artisan agrees to what the buyer asked; it is carried out. */
    void accept(long userId, String note, Instant now, ComplaintProperties times) {
        requireStatus(ComplaintStatus.AWAITING_ARTISAN);
        String text = optionalText(note);
        add(EntryKind.ACCEPTED, ComplaintParty.ARTISAN, userId, text, List.of(), now);
        settle(new Terms(asked, askedRefund), DecidedBy.ARTISAN, now, times);
    }

    /** The artisan offers another remedy, saying why; the buyer takes it or asks for mediation. */
    void offer(long userId, Remedy remedy, Long amount, String text, List<PrivatePhotoId> photos, Instant now,
               ComplaintProperties times) {
        requireStatus(ComplaintStatus.AWAITING_ARTISAN);
        require(remedy != Remedy.NONE, "complaint.offer.nothing");
        Terms terms = Terms.of(remedy, amount, orderTotal);
        require(terms.remedy() != asked || terms.refund() != askedRefund, "complaint.offer.same");
        String why = text(text, MIN_TEXT, "complaint.text.size");
        checkPhotos(photos);
        offered = terms.remedy();
        offeredRefund = terms.refund();
        status = ComplaintStatus.AWAITING_BUYER;
        dueAt = now.plus(times.buyerAnswerWithin());
        add(EntryKind.OFFERED, ComplaintParty.ARTISAN, userId, why, photos, now).with(terms);
    }

    /**
     * The artisan rejects the complaint with an explanation and evidence: at least one photo, unless the order
     * already holds their photos of the piece as packed or the complaint is about a parcel that did not arrive (its
     * evidence is the tracking). It goes to mediation.
     */
    void reject(long userId, String text, List<PrivatePhotoId> photos, boolean packedPhotos, Instant now,
                ComplaintProperties times) {
        requireStatus(ComplaintStatus.AWAITING_ARTISAN);
        String why = text(text, MIN_TEXT, "complaint.text.size");
        checkPhotos(photos);
        require(!photos.isEmpty() || packedPhotos || reason == ComplaintReason.NOT_ARRIVED,
                "complaint.reject.evidence");
        add(EntryKind.REJECTED, ComplaintParty.ARTISAN, userId, why, photos, now);
        escalate(Cause.REJECTED, ComplaintParty.ARTISAN, userId, null, now, times);
    }

    // The buyer's reply, and asking for mediation.

    void acceptOffer(long userId, Instant now, ComplaintProperties times) {
        requireStatus(ComplaintStatus.AWAITING_BUYER);
        Terms terms = new Terms(offered, offeredRefund);
        offered = null;
        offeredRefund = null;
        add(EntryKind.OFFER_ACCEPTED, ComplaintParty.BUYER, userId, null, List.of(), now).with(terms);
        settle(terms, DecidedBy.BUYER, now, times);
    }

    /** Either side asks the council to mediate, while no remedy is settled. */
    void askMediation(ComplaintParty party, long userId, String note, Instant now, ComplaintProperties times) {
        require(status == ComplaintStatus.AWAITING_ARTISAN || status == ComplaintStatus.AWAITING_BUYER,
                "complaint.rule.notNow");
        escalate(party == ComplaintParty.BUYER ? Cause.BUYER_ASKED : Cause.ARTISAN_ASKED, party, userId,
                optionalText(note), now, times);
    }

    /** The time to answer ran out: the artisan's (no answer) or the buyer's (to an offer). */
    Cause escalateWhenSilent(Instant now, ComplaintProperties times) {
        require(status == ComplaintStatus.AWAITING_ARTISAN || status == ComplaintStatus.AWAITING_BUYER,
                "complaint.rule.notNow");
        require(!now.isBefore(dueAt), "complaint.rule.notDue");
        Cause cause = status == ComplaintStatus.AWAITING_ARTISAN ? Cause.ARTISAN_SILENT : Cause.BUYER_SILENT;
        escalate(cause, ComplaintParty.SYSTEM, null, null, now, times);
        return cause;
    }

    /** The buyer takes the complaint back before a remedy is settled; the order completes. */
    void withdraw(long userId, String note, Instant now) {
        require(status.isUnsettled(), "complaint.rule.notNow");
        add(EntryKind.WITHDRAWN, ComplaintParty.BUYER, userId, optionalText(note), List.of(), now);
        close(ComplaintOutcome.WITHDRAWN, now);
    }

    // Mediation.

    /** An officer of the area decides, having read the whole thread and the order's record; says why. */
    void decide(long officerUserId, Remedy decided, Long amount, String text, Instant now, ComplaintProperties times) {
        requireStatus(ComplaintStatus.MEDIATION);
        Terms terms = Terms.of(decided, amount, orderTotal);
        String why = text(text, MIN_TEXT, "complaint.text.size");
        mediatorUserId = officerUserId;
        add(EntryKind.DECIDED, ComplaintParty.OFFICER, officerUserId, why, List.of(), now).with(terms);
        settle(terms, DecidedBy.COUNCIL, now, times);
    }

    // Carrying out the remedy.

    /** The buyer sent the piece back with this courier's tracking number (already checked against its format). */
    void returnShipped(long userId, Courier courier, String tracking, Instant now, ComplaintProperties times) {
        requireStatus(ComplaintStatus.AWAITING_RETURN);
        returnCourier = courier;
        returnTracking = tracking;
        status = ComplaintStatus.RETURN_SHIPPED;
        dueAt = now.plus(times.receiveWithin());
        add(EntryKind.RETURN_SHIPPED, ComplaintParty.BUYER, userId, null, List.of(), now)
                .with(courier.displayName() + " " + tracking);
    }

    /**
     * The artisan has the piece back (or, when {@code userId} is null, did not say otherwise in time): the refund
     * is now owed.
     */
    void returnReceived(Long userId, Instant now, ComplaintProperties times) {
        requireStatus(ComplaintStatus.RETURN_SHIPPED);
        if (userId == null) {
            require(!now.isBefore(dueAt), "complaint.rule.notDue");
        }
        add(EntryKind.RETURN_RECEIVED, userId == null ? ComplaintParty.SYSTEM : ComplaintParty.ARTISAN, userId, null,
                List.of(), now);
        awaitRefund(now, times);
    }

    /** The artisan paid the refund back, with a photo of the transfer as proof; the complaint closes. */
    void refundPaid(long userId, String note, List<PrivatePhotoId> proof, Instant now) {
        requireStatus(ComplaintStatus.AWAITING_REFUND);
        require(!proof.isEmpty(), "complaint.refund.proof");
        checkPhotos(proof);
        add(EntryKind.REFUND_PAID, ComplaintParty.ARTISAN, userId, optionalText(note), proof, now)
                .with(new Terms(remedy, refund));
        close(refund == orderTotal ? ComplaintOutcome.REFUNDED : ComplaintOutcome.PARTLY_REFUNDED, now);
    }

    void replacementShipped(long userId, Courier courier, String tracking, Instant now, ComplaintProperties times) {
        requireStatus(ComplaintStatus.AWAITING_REPLACEMENT);
        replacementCourier = courier;
        replacementTracking = tracking;
        status = ComplaintStatus.REPLACEMENT_SHIPPED;
        dueAt = now.plus(times.receiveWithin());
        overdueSince = null;
        add(EntryKind.REPLACEMENT_SHIPPED, ComplaintParty.ARTISAN, userId, null, List.of(), now)
                .with(courier == null ? tracking : courier.displayName() + " " + tracking);
    }

    /** The buyer has the replacement (or, when {@code userId} is null, did not say otherwise in time). */
    void replacementReceived(Long userId, Instant now) {
        requireStatus(ComplaintStatus.REPLACEMENT_SHIPPED);
        if (userId == null) {
            require(!now.isBefore(dueAt), "complaint.rule.notDue");
        }
        add(EntryKind.REPLACEMENT_RECEIVED, userId == null ? ComplaintParty.SYSTEM : ComplaintParty.BUYER, userId,
                null, List.of(), now);
        close(ComplaintOutcome.REPLACED, now);
    }

    /** The buyer did not send the piece back in time: the return lapses and the order completes. */
    void lapse(Instant now) {
        requireStatus(ComplaintStatus.AWAITING_RETURN);
        require(!now.isBefore(dueAt), "complaint.rule.notDue");
        close(ComplaintOutcome.LAPSED, now);
    }

    /** The artisan let the time to pay a refund or send a replacement pass: marked for the officers, once. */
    void markOverdue(Instant now) {
        require(status == ComplaintStatus.AWAITING_REFUND || status == ComplaintStatus.AWAITING_REPLACEMENT,
                "complaint.rule.notNow");
        require(!now.isBefore(dueAt), "complaint.rule.notDue");
        overdueSince = now;
        dueAt = null;
        add(EntryKind.OVERDUE, ComplaintParty.SYSTEM, null, null, List.of(), now);
    }

    /** A message in the thread, with photos if any, from anyone in it, until it closes. */
    void message(ComplaintParty party, long userId, String text, List<PrivatePhotoId> photos, Instant now) {
        require(status.isOpen(), "complaint.rule.closed");
        String message = text(text, 1, "complaint.message.size");
        checkPhotos(photos);
        add(EntryKind.MESSAGE, party, userId, message, photos, now);
    }

    // The steps' common parts.

    private void escalate(Cause cause, ComplaintParty party, Long userId, String text, Instant now,
                          ComplaintProperties times) {
        offered = null;
        offeredRefund = null;
        status = ComplaintStatus.MEDIATION;
        escalatedAt = now;
        dueAt = now.plus(times.decideWithin());
        add(EntryKind.ESCALATED, party, userId, text, List.of(), now).with(cause.name());
    }

    private void settle(Terms terms, DecidedBy by, Instant now, ComplaintProperties times) {
        remedy = terms.remedy();
        refund = terms.refund();
        decidedBy = by;
        decidedAt = now;
        againstShop = by == DecidedBy.COUNCIL && terms.remedy() != Remedy.NONE;
        switch (terms.remedy()) {
            case NONE -> close(ComplaintOutcome.REJECTED, now);
            case FULL_REFUND, PARTIAL_REFUND -> awaitRefund(now, times);
            case RETURN_AND_REFUND -> {
                status = ComplaintStatus.AWAITING_RETURN;
                dueAt = now.plus(times.returnWithin());
            }
            case REPLACEMENT -> {
                status = ComplaintStatus.AWAITING_REPLACEMENT;
                dueAt = now.plus(times.replaceWithin());
            }
        }
    }

    private void awaitRefund(Instant now, ComplaintProperties times) {
        status = ComplaintStatus.AWAITING_REFUND;
        dueAt = now.plus(times.refundWithin());
    }

    private void close(ComplaintOutcome how, Instant now) {
        status = ComplaintStatus.CLOSED;
        outcome = how;
        closedAt = now;
        dueAt = null;
        add(EntryKind.CLOSED, ComplaintParty.SYSTEM, null, null, List.of(), now).with(how.name());
    }

    private ComplaintEntry add(EntryKind kind, ComplaintParty party, Long userId, String text,
                               List<PrivatePhotoId> photos, Instant now) {
        ComplaintEntry entry = new ComplaintEntry(this, entries.size(), kind, party, userId, text, photos, now);
        entries.add(entry);
        return entry;
    }

    private static String text(String text, int min, String messageKey) {
        String stripped = text == null ? "" : text.strip();
        require(stripped.length() >= min && stripped.length() <= MAX_TEXT, messageKey);
        return stripped;
    }

    private static String optionalText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text(text, 1, "complaint.message.size");
    }

    private static void checkPhotos(List<PrivatePhotoId> photos) {
        require(photos.size() <= MAX_PHOTOS, "complaint.photos.tooMany");
    }

    private void requireStatus(ComplaintStatus expected) {
        require(status == expected,
                status == ComplaintStatus.CLOSED ? "complaint.rule.closed" : "complaint.rule.notNow");
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new ComplaintRuleException(messageKey);
        }
    }

    // Reading it.

    String number() {
        return number;
    }

    String orderNumber() {
        return orderNumber;
    }

    long businessId() {
        return businessId;
    }

    String regionCode() {
        return regionCode;
    }

    long buyerUserId() {
        return buyerUserId;
    }

    ComplaintStatus status() {
        return status;
    }

    Remedy remedy() {
        return remedy;
    }

    long refund() {
        return refund == null ? 0 : refund;
    }

    boolean refundsWholeTotal() {
        return refund != null && refund == orderTotal;
    }

    boolean againstShop() {
        return againstShop;
    }

    DecidedBy decidedBy() {
        return decidedBy;
    }

    ComplaintOutcome outcome() {
        return outcome;
    }

    ComplaintReason reason() {
        return reason;
    }

    Remedy asked() {
        return asked;
    }

    /** Every photo in the thread, for deciding whether a photo asked for is this complaint's. */
    boolean holdsPhoto(PrivatePhotoId photo) {
        return entries.stream().anyMatch(entry -> entry.photos().contains(photo));
    }

    Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    ComplaintView toView() {
        return new ComplaintView(number, orderNumber, businessId, regionCode, buyerUserId, Rupiah.of(orderTotal),
                reason, asked, Rupiah.of(askedRefund), status, dueAt, offered,
                offeredRefund == null ? null : Rupiah.of(offeredRefund), remedy,
                refund == null ? null : Rupiah.of(refund), decidedBy, againstShop, mediatorUserId, returnCourier,
                returnTracking, replacementCourier, replacementTracking, openedAt, escalatedAt, decidedAt,
                overdueSince, closedAt, outcome, entries.stream().map(ComplaintEntry::toView).toList());
    }
}
