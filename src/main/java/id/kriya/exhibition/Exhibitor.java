package id.kriya.exhibition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.kriya.exhibition.booth.BoothZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** An IKM admitted to a stage, in a zone, with the products it shows there and, once assigned, its booth. */
@Entity
@Table(name = "exhibition_exhibitor")
class Exhibitor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long stageId;
    private long businessId;

    @Enumerated(EnumType.STRING)
    private BoothZone zone;

    private String boothCode;
    private Instant admittedAt;

    @ElementCollection
    @CollectionTable(name = "exhibition_exhibitor_product", joinColumns = @JoinColumn(name = "exhibitor_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id")
    @BatchSize(size = 100)
    private List<Long> productIds = new ArrayList<>();

    @Version
    private long version;

    protected Exhibitor() {
    }

    Exhibitor(long stageId, long businessId, BoothZone zone, List<Long> productIds, Instant now) {
        this.stageId = stageId;
        this.businessId = businessId;
        this.admittedAt = now;
        show(zone, productIds);
    }

    /** Changes the zone and the products shown; a booth in another zone no longer fits and is given up. */
    void show(BoothZone zone, List<Long> productIds) {
        if (this.zone != zone) {
            this.boothCode = null;
        }
        this.zone = zone;
        this.productIds.clear();
        this.productIds.addAll(productIds.stream().distinct().toList());
    }

    void assignBooth(String boothCode) {
        this.boothCode = boothCode;
    }

    long id() {
        return id;
    }

    long stageId() {
        return stageId;
    }

    long businessId() {
        return businessId;
    }

    ExhibitorView toView() {
        return new ExhibitorView(id, stageId, businessId, zone, boothCode, productIds);
    }
}
