package id.kriya.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductView;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.RoomDetails;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.VenueDetails;
import id.kriya.exhibition.booth.BoothZone;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The council's flagship as the province's officer sets it up: Gedung Ksirarnawa at the Taman Budaya Art Centre with
 * twenty booths, sixteen for crafts and four for food, and "Pameran IKM Bali Bangkit" in two week-long stages, one nine
 * weeks before the demo's first day and one four weeks after it; and "Pameran Lukisan Digital: Kamasan dan Batuan", online only and on now, with a room of Kamasan paintings
 * and a room of Batuan paintings from the demo's painters.
 */
@Component
class DemoExhibitions {

    static final String TITLE = "Pameran IKM Bali Bangkit";
    static final String PAINTINGS_TITLE = "Pameran Lukisan Digital: Kamasan dan Batuan";
    /** Stage I ran for a week this many weeks before the demo's first day; stage II opens this many weeks after it. */
    static final int PAST_STAGE_WEEKS_AGO = 9;
    static final int COMING_STAGE_WEEKS_AHEAD = 4;

    private final ExhibitionManagement exhibitions;
    private final ProductManagement products;

    DemoExhibitions(ExhibitionManagement exhibitions, ProductManagement products) {
        this.exhibitions = exhibitions;
        this.products = products;
    }

    /**
     * The digital painting exhibition, with one online stage from a week ago to a month ahead and a room for each
     * school, holding the public works of the given painters.
     */
    void loadPaintings(long provinceOfficer, long kamasanPainter, long batuanPainter) {
        ExhibitionView exhibition = exhibitions.addExhibition(provinceOfficer, new ExhibitionDetails(PAINTINGS_TITLE, """
                Pameran daring dua aliran lukisan tradisional Bali: wayang Kamasan dari Klungkung dan lukisan Batuan \
                dari Gianyar. Setiap karya bisa diperbesar untuk melihat goresannya, dan dibeli langsung dari \
                sanggarnya.""", "51", ExhibitionMode.ONLINE, "Digital Painting Exhibition: Kamasan and Batuan", """
                An online exhibition of two schools of traditional Balinese painting: Kamasan wayang painting from                 Klungkung and Batuan painting from Gianyar. Zoom into every work to see its brushwork, and buy it                 straight from the painter's studio."""));
        LocalDate today = exhibitions.today();
        exhibitions.addStage(provinceOfficer, exhibition.id(), new StageDetails(1, "Ruang Daring",
                today.minusDays(7), today.plusDays(30), null, Map.of()));
        exhibitions.addRoom(provinceOfficer, exhibition.id(), new RoomDetails(1, "Lukisan Kamasan", """
                Lukisan Kamasan adalah wayang yang dilukis: tokoh-tokoh Ramayana dan Mahabharata dengan garis dan \
                warna yang diwariskan para sangging sejak zaman Gelgel. Kami masih menggiling warna dari batu, tulang \
                dan jelaga, agar cerita tetap hidup di atas kain.""", works(kamasanPainter)));
        exhibitions.addRoom(provinceOfficer, exhibition.id(), new RoomDetails(2, "Lukisan Batuan", """
                Lukisan Batuan memenuhi setiap sudut bidang dengan kehidupan desa, upacara dan makhluk halus, digarap \
                dengan tinta hitam lapis demi lapis. Gelap dan terang bercerita bersama; dekatkan mata untuk \
                menemukan kisah-kisah kecilnya.""", works(batuanPainter)));
    }

    /**
     * A painter's public works, published or sold out (the demo's order buys the one-of-a-kind Kamasan painting),
     * oldest first as they were made in the demo.
     */
    private List<Long> works(long painter) {
        return products.list(painter, null, Pageable.ofSize(20)).getContent().stream()
                .filter(ProductView::isPublic).map(ProductView::id).sorted().toList();
    }

    /** The flagship exhibition with its two stages, as loaded. */
    ExhibitionView load(long provinceOfficer) {
        long venue = exhibitions.addVenue(provinceOfficer,
                new VenueDetails("Gedung Ksirarnawa, Taman Budaya Art Centre", "Jl. Nusa Indah, Denpasar", "51.71"),
                boothLines());
        ExhibitionView exhibition = exhibitions.addExhibition(provinceOfficer, new ExhibitionDetails(TITLE, """
                Pameran produk IKM dan UMKM Bali yang dikurasi ketat oleh Dekranasda Provinsi Bali. IKM dari sembilan \
                kabupaten dan kota bergiliran tampil per tahap di Gedung Ksirarnawa; pengunjung membayar dengan QRIS, \
                dan semua produk juga dijual daring.""", "51", ExhibitionMode.HYBRID, TITLE, """
                Bali's small craft industries (IKM and UMKM), strictly curated by the Bali Province Crafts Council                 (Dekranasda). The IKM of the nine regencies and the city take turns, stage by stage, at Gedung                 Ksirarnawa; visitors pay by QRIS, and everything is on sale online too."""));
        LocalDate today = exhibitions.today();
        exhibitions.addStage(provinceOfficer, exhibition.id(), new StageDetails(1, "Kriya pilihan sembilan kabupaten/kota",
                today.minusDays(PAST_STAGE_WEEKS_AGO * 7), today.minusDays(PAST_STAGE_WEEKS_AGO * 7 - 6), venue,
                Map.of(BoothZone.CRAFT, 16, BoothZone.CULINARY, 4)));
        exhibitions.addStage(provinceOfficer, exhibition.id(), new StageDetails(2, "Menjelang akhir tahun",
                today.plusDays(COMING_STAGE_WEEKS_AHEAD * 7), today.plusDays(COMING_STAGE_WEEKS_AHEAD * 7 + 6), venue,
                Map.of(BoothZone.CRAFT, 16, BoothZone.CULINARY, 4)));
        return exhibitions.exhibitionOf(provinceOfficer, exhibition.id());
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
