package id.kriya.ordering;

import id.kriya.shared.RuleException;
import org.springframework.modulith.NamedInterface;

/**
 * Something an order's rules do not allow, with a message key (ordering bundle) and its arguments that tell the
 * person why.
 */
@NamedInterface("api")
public class OrderRuleException extends RuleException {

    public OrderRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
