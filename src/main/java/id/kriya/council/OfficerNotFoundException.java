package id.kriya.council;

/** This person is no officer (any more): a stale page or a forged address. */
public class OfficerNotFoundException extends RuntimeException {

    public OfficerNotFoundException(long userId) {
        super("User " + userId + " is no officer");
    }
}
