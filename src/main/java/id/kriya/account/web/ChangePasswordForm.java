package id.kriya.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The current password, to prove it is the person, and the new one twice. */
class ChangePasswordForm {

    @NotBlank
    private String currentPassword;

    @NotBlank
    @Size(min = 10, max = 72, message = "{account.password.size}")
    private String password;

    private String passwordAgain;

    boolean passwordsDiffer() {
        return password != null && !password.equals(passwordAgain);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
