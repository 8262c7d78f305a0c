package id.kriya.council;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person (by user id) appointed to work for one council. */
@Entity
@Table(name = "council_officer")
class Officer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long councilId;
    private Long userId;
    private String position;
    private Instant appointedAt;

    protected Officer() {
    }

    /** Size of the {@code position} column; the forms check the same limit. */
    static final int POSITION_MAX = 80;

    Officer(long councilId, long userId, String position, Instant now) {
        this.councilId = councilId;
        this.userId = userId;
        this.position = checked(position);
        this.appointedAt = now;
    }

    /** Moves the officer to another council (or keeps the council and changes the position). */
    void moveTo(long councilId, String position) {
        this.councilId = councilId;
        this.position = checked(position);
    }

    private static String checked(String position) {
        if (position == null || position.isBlank() || position.trim().length() > POSITION_MAX) {
            throw new IllegalArgumentException("A position must have 1 to " + POSITION_MAX + " characters");
        }
        return position.trim();
    }

    Long id() {
        return id;
    }

    Long councilId() {
        return councilId;
    }

    Long userId() {
        return userId;
    }

    String position() {
        return position;
    }

    Instant appointedAt() {
        return appointedAt;
    }
}
