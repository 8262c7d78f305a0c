package id.kriya.account;

/** The change would leave Kriya without any platform admin, or an admin tried to drop their own admin role. */
public class LastAdminException extends RuntimeException {

    public LastAdminException(String message) {
        super(message);
    }
}
