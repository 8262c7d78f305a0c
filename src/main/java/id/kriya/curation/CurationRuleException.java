package id.kriya.curation;

import id.kriya.shared.RuleException;

/** A change curation's rules refuse; nothing was changed. Pages show the message under {@code messageKey}. */
public class CurationRuleException extends RuleException {

    public CurationRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
