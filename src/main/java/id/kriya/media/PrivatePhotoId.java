package id.kriya.media;

import java.util.Objects;
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

    static PrivatePhotoId random() {
        return new PrivatePhotoId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
