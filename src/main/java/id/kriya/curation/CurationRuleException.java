package id.kriya.curation;

import id.kriya.shared.RuleException;
import org.springframework.modulith.NamedInterface;

/** A change curation's rules refuse; nothing was changed. Pages show the message under {@code messageKey}. */
@NamedInterface("api")
public class CurationRuleException extends RuleException {

    public CurationRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
