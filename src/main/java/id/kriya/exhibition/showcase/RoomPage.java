package id.kriya.exhibition;

import java.util.List;

/** What a visitor sees of a room: the exhibition, the room, and those of its works still public, in order. */
public record RoomPage(ExhibitionView exhibition, RoomView room, List<RoomWork> works) {

    public RoomPage {
        works = List.copyOf(works);
    }
}
