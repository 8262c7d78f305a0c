package id.kriya.exhibition;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A room as it is added: its place among the exhibition's rooms (1, 2, … in order), title, the artist's or curator's
 * statement, and its works as catalog product ids in the order they are shown.
 */
@NamedInterface("api")
public record RoomDetails(int position, String title, String statement, List<Long> productIds) {

    public RoomDetails {
        productIds = List.copyOf(productIds);
    }
}
