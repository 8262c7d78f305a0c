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

    Officer(long councilId, long userId, String position, Instant now) {
        this.councilId = councilId;
        this.userId = userId;
        this.position = position.trim();
        this.appointedAt = now;
    }

    void moveTo(long councilId, String position) {
        this.councilId = councilId;
        this.position = position.trim();
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
