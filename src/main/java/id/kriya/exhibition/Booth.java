package id.kriya.exhibition;

import id.kriya.exhibition.booth.BoothView;
import id.kriya.exhibition.booth.BoothZone;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A booth as the venue's plan stores it. */
@Embeddable
class Booth {

    private String code;
    private String size;

    @Enumerated(EnumType.STRING)
    private BoothZone zone;

    @Column(name = "grid_row")
    private int row;

    @Column(name = "grid_column")
    private int column;

    protected Booth() {
    }

    Booth(BoothView booth) {
        this.code = booth.code();
        this.size = booth.size();
        this.zone = booth.zone();
        this.row = booth.row();
        this.column = booth.column();
    }

    BoothView toView() {
        return new BoothView(code, size, zone, row, column);
    }
}
