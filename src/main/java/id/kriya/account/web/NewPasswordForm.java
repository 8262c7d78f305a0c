package id.kriya.account.web;

/**
 * A new password typed twice, from a password link; the token comes back in a hidden field. An invited person's
 * first password also asks for consent to the privacy notice, as sign-up does.
 */
class NewPasswordForm extends ChosenPassword {

    private String token;

    private boolean consent;

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
