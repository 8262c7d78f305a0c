package id.kriya.council;

/** No council has this id or code: a stale page or a forged form. */
public class CouncilNotFoundException extends RuntimeException {

    public CouncilNotFoundException(Object idOrCode) {
        super("No council " + idOrCode);
    }
}
