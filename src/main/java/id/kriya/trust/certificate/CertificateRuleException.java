package id.kriya.trust.certificate;

import id.kriya.shared.RuleException;

/**
 * A certificate the rules refuse; nothing was changed. The message key (trust-certificate bundle) says why in the
 * person's language; {@link #field()} names the form field at fault, or is null when the rule concerns the whole.
 */
public class CertificateRuleException extends RuleException {

    private final String field;

    public CertificateRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public CertificateRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
