package id.kriya.account.web;

import id.kriya.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;

/** The address a reset link should go to. */
class ForgotPasswordForm {

    @NotBlank
    @EmailAddress
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
