package id.kriya.trust.complaint;

import id.kriya.shared.RuleException;

/** Something a complaint's rules do not allow; nothing was changed. The key is in the trust-complaint bundle. */
public class ComplaintRuleException extends RuleException {

    public ComplaintRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
