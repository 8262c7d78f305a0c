package id.kriya.trust;

/**
 * A complaint's remedy was settled: agreed between buyer and artisan, or decided by an officer in mediation.
 * {@code againstShop} is true only for an officer's decision that gives the buyer a remedy: what a shop's
 * standing counts as a complaint decided against it. {@code refund} is the rupiah owed back (0 when none).
 */
public record ComplaintDecided(String number, String orderNumber, long businessId, String regionCode, Remedy remedy,
                               long refund, DecidedBy decidedBy, boolean againstShop) {

    public enum DecidedBy {
        /** The artisan accepted what the buyer asked. */
        ARTISAN,
        /** The buyer accepted the artisan's offer. */
        BUYER,
        /** An officer of the council decided in mediation. */
        COUNCIL
    }
}
