package id.kriya.account.web;

import id.kriya.shared.EmailAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a new person types to create an account. */
class SignUpForm extends ChosenPassword {

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotBlank
    @EmailAddress
    private String email;

    @AssertTrue(message = "{account.consent.required}")
    private boolean consent;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
