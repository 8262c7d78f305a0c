package id.kriya.artisan;

import id.kriya.shared.RuleException;
import org.springframework.modulith.NamedInterface;

/** A business rule refused a request; {@link #messageKey()} says why in the person's language. */
@NamedInterface("api")
public class ArtisanRuleException extends RuleException {

    public ArtisanRuleException(String messageKey) {
        super(messageKey);
    }
}
