package id.kriya.exhibition;

import java.util.List;

/** A room of an exhibition with its works' product ids in order. */
public record RoomView(long id, long exhibitionId, int position, String slug, String title, String statement,
                       List<Long> productIds) {

    public RoomView {
        productIds = List.copyOf(productIds);
    }
}
