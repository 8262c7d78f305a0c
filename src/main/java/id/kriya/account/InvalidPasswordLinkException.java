package id.kriya.account;

/** A password link that is unknown (forged or mistyped), expired, already used or voided by a newer one. */
public class InvalidPasswordLinkException extends RuntimeException {

    public InvalidPasswordLinkException() {
        super("Invalid password link");
    }
}
