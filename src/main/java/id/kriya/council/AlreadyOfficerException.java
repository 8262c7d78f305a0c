package id.kriya.council;

/** This person already works for a council; a person serves one council at a time, so move them instead. */
public class AlreadyOfficerException extends RuntimeException {

    private final String councilName;

    public AlreadyOfficerException(long userId, String councilName) {
        super("User " + userId + " is an officer already");
        this.councilName = councilName;
    }

    /** The council they work for now, to name it in the message. */
    public String councilName() {
        return councilName;
    }
}
