package id.kriya.media;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** A photo's identity; the only thing other modules keep of a photo. */
@NamedInterface("api")
public record PhotoId(UUID value) {

    public PhotoId {
        Objects.requireNonNull(value, "value");
    }

    static PhotoId random() {
        return new PhotoId(UUID.randomUUID());
    }

    /** Reads an id from a URL or a form; anything that is not a UUID is no photo. */
    public static Optional<PhotoId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(text);
            // UUID.fromString also takes odd spellings; one photo has one address.
            return uuid.toString().equals(text) ? Optional.of(new PhotoId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The immutable address of one of this photo's renditions, e.g. {@code /media/{id}/card.jpg}. */
    public String url(PhotoSize size) {
        return "/media/" + value + "/" + size.slug() + ".jpg";
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
