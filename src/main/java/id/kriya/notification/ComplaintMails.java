package id.kriya.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.kriya.account.AccountManagement;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.council.CouncilManagement;
import id.kriya.council.OfficerView;
import id.kriya.ordering.OrderManagement;
import id.kriya.shared.Rupiah;
import id.kriya.trust.ComplaintAnswered;
import id.kriya.trust.ComplaintClosed;
import id.kriya.trust.ComplaintDecided;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintOpened;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.ComplaintProgressed;
import id.kriya.trust.Remedy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the buyer, the artisan and the officers of the artisan's area by e-mail what happened to a complaint:
 * opened (the artisan's deadline), answered, sent to mediation (officers get it with their target), settled,
 * each step of the remedy, a message from the other side, a remedy run late, closed. Every mail links to the
 * complaint's page, which its reader must sign in to see. Words that depend on the reader's language (a reason,
 * a remedy) travel as message keys and are written in that language.
 */
@Component
class ComplaintMails {

    private final MailOutbox outbox;
    private final OrderManagement orders;
    private final ArtisanManagement artisans;
    private final AccountManagement accounts;
    private final CouncilManagement councils;
    private final String baseUrl;

    ComplaintMails(MailOutbox outbox, OrderManagement orders, ArtisanManagement artisans, AccountManagement accounts,
                   CouncilManagement councils, @Value("${kriya.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.orders = orders;
        this.artisans = artisans;
        this.accounts = accounts;
        this.councils = councils;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ComplaintOpened event) {
        Object reason = key(event.reason().messageKey());
        toArtisan(event.number(), event.orderNumber(), event.businessId(), "complaintOpened", reason, event.answerBy());
        toBuyer(event.number(), event.orderNumber(), "complaintOpenedBuyer", reason, event.answerBy());
    }

    @ApplicationModuleListener
    void on(ComplaintAnswered event) {
        // An acceptance is told as the settlement that follows it; a rejection as the mediation it starts.
        if (event.answer() == ComplaintAnswered.Answer.OFFERED) {
            toBuyer(event.number(), event.orderNumber(), "complaintOffered", remedy(event.remedy(), event.refund()),
                    event.dueAt());
        }
    }

    @ApplicationModuleListener
    void on(ComplaintEscalated event) {
        Object cause = key("complaint.cause." + event.cause().name());
        toBuyer(event.number(), event.orderNumber(), "complaintEscalated", cause, null);
        toArtisan(event.number(), event.orderNumber(), event.businessId(), "complaintEscalated", cause, null);
        toOfficers(event.number(), event.orderNumber(), event.regionCode(), "complaintEscalatedOfficer", cause,
                event.decideBy());
    }

    @ApplicationModuleListener
    void on(ComplaintDecided event) {
        Object remedy = remedy(event.remedy(), event.refund());
        Object by = key("complaint.decidedBy." + event.decidedBy().name());
        toBuyer(event.number(), event.orderNumber(), "complaintDecided", remedy, by);
        toArtisan(event.number(), event.orderNumber(), event.businessId(), "complaintDecided", remedy, by);
    }

    @ApplicationModuleListener
    void on(ComplaintProgressed event) {
        String number = event.number();
        String order = event.orderNumber();
        switch (event.step()) {
            case MESSAGE -> {
                Object what = key("complaint.mail.MESSAGE." + event.by().name());
                if (event.by() != ComplaintParty.BUYER) {
                    toBuyer(number, order, "complaintStep", what, null);
                }
                if (event.by() != ComplaintParty.ARTISAN) {
                    toArtisan(number, order, event.businessId(), "complaintStep", what, null);
                }
            }
            case RETURN_SHIPPED -> toArtisan(number, order, event.businessId(), "complaintStep",
                    key("complaint.mail.RETURN_SHIPPED"), null);
            case RETURN_RECEIVED, REFUND_PAID, REPLACEMENT_SHIPPED -> toBuyer(number, order, "complaintStep",
                    key("complaint.mail." + event.step().name()), null);
            case OVERDUE -> {
                Object what = key("complaint.mail.OVERDUE");
                toArtisan(number, order, event.businessId(), "complaintStep", what, null);
                toOfficers(number, order, event.regionCode(), "complaintOverdueOfficer", what, null);
            }
        }
    }

    @ApplicationModuleListener
    void on(ComplaintClosed event) {
        Object outcome = key(event.outcome().messageKey());
        toBuyer(event.number(), event.orderNumber(), "complaintClosed", outcome, null);
        toArtisan(event.number(), event.orderNumber(), event.businessId(), "complaintClosed", outcome, null);
    }

    /** Arguments: {0} name, {1} complaint, {2} order, {3} the step's detail, {4} link, {5} a deadline or who. */
    private void toBuyer(String number, String orderNumber, String template, Object detail, Object extra) {
        orders.find(orderNumber).ifPresent(order -> {
            Locale locale = order.buyer().locale();
            outbox.write(order.buyerUserId(), order.buyer().email(), locale, template, order.buyer().name(), number,
                    orderNumber, detail, link(number), extra(extra, locale));
        });
    }

    private void toArtisan(String number, String orderNumber, long businessId, String template, Object detail,
                           Object extra) {
        artisans.ownerOf(businessId).flatMap(accounts::find).ifPresent(owner ->
                outbox.write(owner.id(), owner.email(), owner.locale(), template, owner.displayName(), number,
                        orderNumber, detail, link(number), extra(extra, owner.locale())));
    }

    /** The officers of the artisan's regency or city, or of its province when that council has none. */
    private void toOfficers(String number, String orderNumber, String regionCode, String template, Object detail,
                            Object extra) {
        List<OfficerView> officers = councils.officersOf(regionCode);
        if (officers.isEmpty() && regionCode.contains(".")) {
            officers = councils.officersOf(regionCode.substring(0, regionCode.indexOf('.')));
        }
        for (OfficerView officer : officers) {
            Locale locale = accounts.find(officer.userId()).map(account -> account.locale()).orElse(null);
            outbox.write(officer.userId(), officer.email(), locale, template, officer.displayName(), number,
                    orderNumber, detail, link(number), extra(extra, locale));
        }
    }

    private String link(String number) {
        return baseUrl + "/complaints/" + number;
    }

    private static Object extra(Object extra, Locale locale) {
        return extra instanceof Instant instant ? OrderMails.when(instant, locale) : extra == null ? "" : extra;
    }

    private static MessageSourceResolvable key(String code) {
        return new DefaultMessageSourceResolvable(code);
    }

    private static MessageSourceResolvable remedy(Remedy remedy, long refund) {
        if (remedy == null) {
            return key("complaint.remedy.NONE");
        }
        if (!remedy.refunds() || refund == 0) {
            return key(remedy.messageKey());
        }
        return new DefaultMessageSourceResolvable(new String[] {"complaint.remedy.withAmount"},
                new Object[] {key(remedy.messageKey()), Rupiah.of(refund).formatted()});
    }
}
