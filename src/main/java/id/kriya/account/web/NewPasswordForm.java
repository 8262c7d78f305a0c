package id.kriya.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password typed twice, from a password link; the token comes back in a hidden field. */
class NewPasswordForm {

    private String token;

    @NotBlank
    @Size(min = 10, max = 72, message = "{account.password.size}")
    private String password;

    private String passwordAgain;

    boolean passwordsDiffer() {
        return password != null && !password.equals(passwordAgain);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
