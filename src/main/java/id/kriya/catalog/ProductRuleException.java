package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** A change the product's rules refuse; the message key says why in the user's language, the field where. */
@NamedInterface("api")
public class ProductRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ProductRuleException(String messageKey) {
        this(null, messageKey);
    }

    public ProductRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field at fault, or null when the rule concerns the product as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
