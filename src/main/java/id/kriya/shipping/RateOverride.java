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

/** A business's own rate for one courier and zone, in place of the council's default. */
@Entity
@Table(name = "shipping_rate_override")
class RateOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long businessId;

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

    @Version
    private long version;

    protected RateOverride() {
    }

    RateOverride(long businessId, Rate rate, Instant now) {
        this.businessId = businessId;
        this.courier = rate.courier();
        this.zone = rate.zone();
        change(rate, now);
    }

    Courier courier() {
        return courier;
    }

    Zone zone() {
        return zone;
    }

    void change(Rate rate, Instant now) {
        if (rate.courier() != courier || rate.zone() != zone) {
            throw new IllegalArgumentException("An override for " + courier + " to " + zone + " only");
        }
        this.firstKilogram = rate.firstKilogram().amount();
        this.nextKilogram = rate.nextKilogram().amount();
        this.minDays = rate.minDays();
        this.maxDays = rate.maxDays();
        this.updatedAt = now;
    }

    Rate toRate() {
        return new Rate(courier, zone, Rupiah.of(firstKilogram), Rupiah.of(nextKilogram), minDays, maxDays);
    }
}
