package id.kriya.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A new password typed twice, as every form that sets one asks for it; the rules live here once. */
abstract class ChosenPassword {

    @NotBlank
    @Size(min = 10, max = 72, message = "{account.password.size}")
    private String password;

    private String passwordAgain;

    /** Adds the field error when the two typings differ. */
    void checkRepeated(Errors errors) {
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
