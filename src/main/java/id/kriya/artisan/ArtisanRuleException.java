package id.kriya.artisan;

import id.kriya.shared.RuleException;

/** A business rule refused a request; {@link #messageKey()} says why in the person's language. */
public class ArtisanRuleException extends RuleException {

    public ArtisanRuleException(String messageKey) {
        super(messageKey);
    }
}
