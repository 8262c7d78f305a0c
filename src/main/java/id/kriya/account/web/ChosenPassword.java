package id.kriya.account.web;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A new password typed twice, as every form that sets one asks for it; the rules live here once. */
abstract class ChosenPassword {

    /** BCrypt reads at most this many bytes; "é" takes two in UTF-8 and an emoji four, so 72 characters may not fit. */
    static final int MAX_BYTES = 72;

    @NotBlank
    @Size(min = 10, max = 72, message = "{account.password.size}")
    private String password;

    private String passwordAgain;

    /** Adds the field errors bean validation cannot: too many bytes for BCrypt, and two typings that differ. */
    void check(Errors errors) {
        if (password != null && !errors.hasFieldErrors("password")
                && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue("password", "account.password.bytes");
        }
        if (password != null && !password.equals(passwordAgain)) {
            errors.rejectValue("passwordAgain", "account.password.mismatch");
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
