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

    /** Column sizes of the {@code council} table; forms check the same limits before asking. */
    static final int NAME_MAX = 120;
    static final int AREA_NAME_MAX = 80;

    private Council(String code, String name, String areaName, CouncilKind kind, Long parentId, Instant now) {
        this.code = code;
        this.name = required(name, NAME_MAX, "name");
        this.areaName = required(areaName, AREA_NAME_MAX, "area name");
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

    private static String required(String value, int max, String what) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new IllegalArgumentException("A council's " + what + " must have 1 to " + max + " characters");
        }
        return value.trim();
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

    String name() {
        return name;
    }

    Long parentId() {
        return parentId;
    }

    CouncilKind kind() {
        return kind;
    }
}
