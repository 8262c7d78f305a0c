package id.kriya.exhibition.showcase;

import java.util.List;

import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.RoomView;

/** What a visitor sees of a room: the exhibition, the room, and those of its works still public, in order. */
public record RoomPage(ExhibitionView exhibition, RoomView room, List<RoomWork> works) {

    public RoomPage {
        works = List.copyOf(works);
    }
}
