package id.kriya.account.web;

import jakarta.validation.constraints.NotBlank;

/** The current password, to prove it is the person, and the new one twice. */
class ChangePasswordForm extends ChosenPassword {

    @NotBlank
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
