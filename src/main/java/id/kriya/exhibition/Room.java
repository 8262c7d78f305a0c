package id.kriya.exhibition;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A room of an exhibition: its statement and its works, catalog products by id, in the order they are shown. */
@Entity
@Table(name = "exhibition_room")
class Room {

    static final int MAX_WORKS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long exhibitionId;
    private int position;
    private String slug;
    private String title;
    private String statement;

    @ElementCollection
    @CollectionTable(name = "exhibition_room_work", joinColumns = @JoinColumn(name = "room_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id")
    private List<Long> productIds = new ArrayList<>();

    protected Room() {
    }

    /** A room with at least one work, each at most once. */
    Room(long exhibitionId, int position, String slug, RoomDetails details) {
        this.exhibitionId = exhibitionId;
        this.position = position;
        this.slug = slug;
        change(details);
    }

    /** Takes a new title, statement and works; its address and place stay. */
    void change(RoomDetails details) {
        if (details.title() == null || details.title().isBlank() || details.title().length() > Exhibition.TITLE_MAX
                || details.statement() == null || details.statement().isBlank()) {
            throw new ExhibitionRuleException("exhibition.rule.roomWords", Exhibition.TITLE_MAX);
        }
        if (details.productIds().isEmpty() || details.productIds().size() > MAX_WORKS) {
            throw new ExhibitionRuleException("exhibition.rule.roomWorks", MAX_WORKS);
        }
        if (details.productIds().stream().distinct().count() != details.productIds().size()) {
            throw new ExhibitionRuleException("exhibition.rule.roomWorkTwice");
        }
        this.title = details.title();
        this.statement = details.statement();
        this.productIds.clear();
        this.productIds.addAll(details.productIds());
    }

    void moveTo(int position) {
        this.position = position;
    }

    Long id() {
        return id;
    }

    long exhibitionId() {
        return exhibitionId;
    }

    int position() {
        return position;
    }

    RoomView toView() {
        return new RoomView(id == null ? 0 : id, exhibitionId, position, slug, title, statement, productIds);
    }
}
