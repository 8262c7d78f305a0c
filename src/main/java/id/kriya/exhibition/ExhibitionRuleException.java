package id.kriya.exhibition;

import id.kriya.shared.RuleException;
import org.springframework.modulith.NamedInterface;

/** A change an exhibition's rules refuse; pages show the message under {@code messageKey} with its arguments. */
@NamedInterface("api")
public class ExhibitionRuleException extends RuleException {

    public ExhibitionRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
