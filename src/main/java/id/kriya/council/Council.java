package id.kriya.council;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Dekranasda, identified by the region code of the area it serves. */
@Entity
@Table(name = "council")
class Council {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String areaName;

    @Enumerated(EnumType.STRING)
    private CouncilKind kind;

    private Long parentId;
    private Instant createdAt;

    protected Council() {
    }

    private Council(String code, String name, String areaName, CouncilKind kind, Long parentId, Instant now) {
        this.code = code;
        this.name = name.trim();
        this.areaName = areaName.trim();
        this.kind = kind;
        this.parentId = parentId;
        this.createdAt = now;
    }

    static Council province(String code, String name, String areaName, Instant now) {
        if (!RegionCodes.isProvince(code)) {
            throw new IllegalArgumentException("Not a province code: " + code);
        }
        return new Council(code, name, areaName, CouncilKind.PROVINCE, null, now);
    }

    Council area(String code, String name, String areaName, CouncilKind kind, Instant now) {
        if (this.kind != CouncilKind.PROVINCE || kind == CouncilKind.PROVINCE || !RegionCodes.isInside(code, this.code)) {
            throw new IllegalArgumentException(code + " is not an area of " + this.code);
        }
        return new Council(code, name, areaName, kind, id, now);
    }

    CouncilView toView(String parentCode) {
        return new CouncilView(id, code, name, areaName, kind, parentCode);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    Long parentId() {
        return parentId;
    }

    CouncilKind kind() {
        return kind;
    }
}
