package id.kriya.account.web;

import jakarta.validation.constraints.NotBlank;

/** The password, typed again so that a borrowed, signed-in phone cannot delete the account. */
class DeleteAccountForm {

    @NotBlank
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
