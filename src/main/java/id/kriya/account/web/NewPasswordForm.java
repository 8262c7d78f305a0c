package id.kriya.account.web;

/** A new password typed twice, from a password link; the token comes back in a hidden field. */
class NewPasswordForm extends ChosenPassword {

    private String token;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
