package id.kriya.ordering.web;

import id.kriya.ordering.OrderRuleException;

/** A quantity typed in a form: a whole number from 1 to 99, or a clear message. */
final class Quantities {

    private Quantities() {
    }

    static int parse(String typed) {
        try {
            int quantity = Integer.parseInt(typed == null ? "" : typed.strip());
            if (quantity >= 1 && quantity <= 99) {
                return quantity;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other quantity out of range
        }
        throw new OrderRuleException("ordering.cart.quantity");
    }
}
