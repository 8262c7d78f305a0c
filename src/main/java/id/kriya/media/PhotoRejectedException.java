package id.kriya.media;

import java.util.Arrays;

import org.springframework.modulith.NamedInterface;

/**
 * An upload Kriya will not keep, with a message key and arguments for the uploader's language; show it beside the
 * file field, e.g. {@code errors.rejectValue("photo", e.messageKey(), e.arguments(), null)}.
 */
@NamedInterface("api")
public class PhotoRejectedException extends RuntimeException {

    public enum Reason {
        EMPTY, TOO_LARGE, TOO_MANY_PIXELS, NOT_AN_IMAGE, HEIC, CORRUPT, BUSY
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public PhotoRejectedException(Reason reason, Object... arguments) {
        super("Photo rejected: " + reason);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "media.rejected." + reason.name();
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
