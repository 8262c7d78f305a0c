package id.kriya.media;

/** No such photo, or not the caller's: the same answer for both, so ids cannot be probed. */
public class PhotoNotFoundException extends RuntimeException {

    public PhotoNotFoundException(PhotoId id) {
        super("No photo " + id + " of this user");
    }
}
