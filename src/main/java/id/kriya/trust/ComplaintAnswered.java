package id.kriya.trust;

/** The artisan answered a complaint: accepted what the buyer asked, offered something else, or rejected it. */
public record ComplaintAnswered(String number, String orderNumber, long businessId, String regionCode, Answer answer) {

    public enum Answer {
        ACCEPTED, OFFERED, REJECTED
    }
}
