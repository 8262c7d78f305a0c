package id.kriya.trust.complaint;

import id.kriya.trust.Remedy;

/**
 * A remedy with the rupiah it refunds: the whole order total for a full refund or a return, the amount given for a
 * partial refund (1 to the total), nothing for a replacement or no remedy.
 */
record Terms(Remedy remedy, long refund) {

    /**
     * @throws ComplaintRuleException for a missing remedy, or a partial refund without an amount or above the total
     */
    static Terms of(Remedy remedy, Long amount, long orderTotal) {
        if (remedy == null) {
            throw new ComplaintRuleException("complaint.remedy.missing");
        }
        return switch (remedy) {
            case FULL_REFUND, RETURN_AND_REFUND -> new Terms(remedy, orderTotal);
            case PARTIAL_REFUND -> {
                if (amount == null || amount < 1) {
                    throw new ComplaintRuleException("complaint.amount.missing");
                }
                if (amount > orderTotal) {
                    throw new ComplaintRuleException("complaint.amount.tooLarge",
                            id.kriya.shared.Rupiah.of(orderTotal).formatted());
                }
                yield new Terms(remedy, amount);
            }
            case REPLACEMENT, NONE -> new Terms(remedy, 0);
        };
    }

    boolean isWholeTotal(long orderTotal) {
        return refund == orderTotal;
    }
}
