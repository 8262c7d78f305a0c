package id.kriya.demo;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.exhibition.BoothZone;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.VenueDetails;
import org.springframework.stereotype.Component;

/**
 * The council's flagship as the province's officer sets it up: Gedung Ksirarnawa at the Taman Budaya Art Centre with
 * twenty booths, sixteen for crafts and four for food, and "Pameran IKM Bali Bangkit" in two stages, one past and one
 * to come.
 */
@Component
class DemoExhibitions {

    static final String TITLE = "Pameran IKM Bali Bangkit";

    private final ExhibitionManagement exhibitions;

    DemoExhibitions(ExhibitionManagement exhibitions) {
        this.exhibitions = exhibitions;
    }

    void load(long provinceOfficer) {
        long venue = exhibitions.addVenue(provinceOfficer,
                new VenueDetails("Gedung Ksirarnawa, Taman Budaya Art Centre", "Jl. Nusa Indah, Denpasar", "51.71"),
                boothLines());
        ExhibitionView exhibition = exhibitions.addExhibition(provinceOfficer, new ExhibitionDetails(TITLE, """
                Pameran produk IKM dan UMKM Bali yang dikurasi ketat oleh Dekranasda Provinsi Bali. IKM dari sembilan \
                kabupaten dan kota bergiliran tampil per tahap di Gedung Ksirarnawa; pengunjung membayar dengan QRIS, \
                dan semua produk juga dijual daring.""", "51", ExhibitionMode.HYBRID));
        exhibitions.addStage(provinceOfficer, exhibition.id(), new StageDetails(1, "Tahap I",
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 11), venue,
                Map.of(BoothZone.CRAFT, 16, BoothZone.CULINARY, 4)));
        exhibitions.addStage(provinceOfficer, exhibition.id(), new StageDetails(2, "Tahap II",
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), venue,
                Map.of(BoothZone.CRAFT, 16, BoothZone.CULINARY, 4)));
    }

    /** Two rows of eight craft booths facing each other, and four food stalls along the far wall. */
    static String boothLines() {
        StringBuilder lines = new StringBuilder();
        int number = 1;
        for (int row : new int[] {1, 3}) {
            for (int column = 1; column <= 8; column++) {
                lines.append("K-%02d;3x3 m;CRAFT;%d;%d%n".formatted(number++, row, column));
            }
        }
        for (int column = 1; column <= 4; column++) {
            lines.append("F-%02d;2x2 m;CULINARY;5;%d%n".formatted(column, column * 2));
        }
        return lines.toString();
    }
}
