package id.kriya.account;

/** Someone already signed up with this e-mail address. */
public class EmailAlreadyUsedException extends RuntimeException {

    public EmailAlreadyUsedException(String email) {
        super("E-mail already in use");
    }
}
