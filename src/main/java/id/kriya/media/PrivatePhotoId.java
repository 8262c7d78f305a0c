package id.kriya.media;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A private photo's identity (a transfer receipt, later a document). Unlike a {@link PhotoId} it has no address of
 * its own: the module that owns the photo decides who may see it and serves it from its own controller.
 */
@NamedInterface("api")
public record PrivatePhotoId(UUID value) {

    public PrivatePhotoId {
        Objects.requireNonNull(value, "value");
    }

    /** The id written in an address or a form, if it is one: its canonical text, nothing else. */
    public static Optional<PrivatePhotoId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(text);
            return uuid.toString().equals(text) ? Optional.of(new PrivatePhotoId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static PrivatePhotoId random() {
        return new PrivatePhotoId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
