package id.kriya.shipping;

import java.time.Instant;

import id.kriya.shared.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One row of the council-wide rate table: what a courier charges for a zone unless a business says otherwise. */
@Entity
@Table(name = "shipping_rate")
class DefaultRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Courier courier;

    @Enumerated(EnumType.STRING)
    private Zone zone;

    @Column(name = "first_kg_rupiah")
    private long firstKilogram;

    @Column(name = "next_kg_rupiah")
    private long nextKilogram;

    private int minDays;
    private int maxDays;
    private Instant updatedAt;
    private Long updatedBy;

    @Version
    private long version;

    protected DefaultRate() {
    }

    Courier courier() {
        return courier;
    }

    Zone zone() {
        return zone;
    }

    /** The new prices and days for this same courier and zone. */
    void change(Rate rate, long byUserId, Instant now) {
        if (rate.courier() != courier || rate.zone() != zone) {
            throw new IllegalArgumentException("A rate for " + courier + " to " + zone + " only");
        }
        this.firstKilogram = rate.firstKilogram().amount();
        this.nextKilogram = rate.nextKilogram().amount();
        this.minDays = rate.minDays();
        this.maxDays = rate.maxDays();
        this.updatedBy = byUserId;
        this.updatedAt = now;
    }

    Rate toRate() {
        return new Rate(courier, zone, Rupiah.of(firstKilogram), Rupiah.of(nextKilogram), minDays, maxDays);
    }
}
