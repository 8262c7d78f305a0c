package id.kriya.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a reset link should go to. */
class ForgotPasswordForm {

    @NotBlank
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
    @Size(max = 254)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
