package id.kriya.trust.reuse;

import id.kriya.shared.RuleException;

/**
 * A decision on a photo used twice that the rules refuse; nothing was changed. The message key (trust-reuse bundle)
 * says why; {@link #field()} names the form field at fault, or is null.
 */
public class ReuseRuleException extends RuleException {

    private final String field;

    public ReuseRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
