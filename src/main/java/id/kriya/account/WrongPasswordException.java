package id.kriya.account;

/** The current password given to confirm a sensitive change was not the person's password. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("Wrong password");
    }
}
