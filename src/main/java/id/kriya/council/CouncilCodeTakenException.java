package id.kriya.council;

/** A council with this region code already exists: each province, regency and city has one council. */
public class CouncilCodeTakenException extends RuntimeException {

    private final String code;

    public CouncilCodeTakenException(String code) {
        super("A council with code " + code + " exists already");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
