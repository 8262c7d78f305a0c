package id.kriya.demo;

import java.util.List;

/**
 * Products for ten of the demo artisans, each true to its village: endek from Gelgel, wayang paintings from
 * Kamasan, silver from Celuk, masks from Mas, songket from Sidemen, gringsing and ata from Tenganan, terracotta
 * from Pejaten, stone from Batubulan and kebaya from Kuta. Prices are what such pieces fetch in Bali today.
 * Their photos are drawn in code by {@link DemoPhotos}.
 */
final class DemoProducts {

    private DemoProducts() {
    }

    /** One demo product; {@code login} names its business's owner in {@link DemoArtisans}; stock counts for LIMITED only. */
    record DemoProduct(String login, String title, String storyId, String storyEn, String category,
                       List<String> materials, String technique, String maker, int length, int width, int height,
                       int weight, long price, String stockKind, Integer stock, Integer leadTime, boolean publish) {
    }

    static final List<DemoProduct> ALL = List.of(
            product("artisan", "Kain Endek Sutra Motif Cepuk Merah",
                    "Endek sutra motif cepuk yang ditenun dengan ATBM di Gelgel. Benang diikat dan dicelup berulang dengan pewarna alam kulit mangga dan daun taum; satu kain selesai dalam tiga minggu.",
                    "Silk endek with the cepuk motif, woven on a hand loom in Gelgel. The threads are tied and dyed again and again with mango bark and indigo; one cloth takes three weeks.",
                    "TENUN_ENDEK", List.of("sutra", "pewarna alam"), "TENUN_IKAT_ATBM", null, 200, 110, 1, 380, 1_250_000, "LIMITED", 3, null, true),
            product("artisan", "Selendang Endek Katun Motif Patra",
                    "Selendang endek katun ringan untuk ke pura atau dipakai sehari-hari, motif patra berwarna biru laut.",
                    null, "TENUN_ENDEK", List.of("katun"), "TENUN_IKAT_ATBM", null, 180, 50, 1, 150, 275_000, "LIMITED", 12, null, true),
            product("kamasan", "Lukisan Wayang Kamasan Kisah Ramayana",
                    "Lukisan gaya Kamasan di atas kain blacu, menggambarkan Rama dan Sita di hutan Dandaka. Warna dari batu, tulang dan jelaga dengan perekat ancur.",
                    "A Kamasan-style painting on cotton cloth of Rama and Sita in the Dandaka forest, coloured with pigments of stone, bone and soot.",
                    "LUKISAN", List.of("kain blacu", "pigmen alam"), "LUKIS_TANGAN", null, 120, 80, 1, 600, 4_500_000, "ONE_OF_A_KIND", null, null, true),
            product("batuan", "Lukisan Batuan Pasar Malam di Desa",
                    "Lukisan gaya Batuan dengan tinta hitam dan akrilik di atas kanvas: pasar malam desa yang padat, penuh pedagang, penari dan makhluk halus, digarap rinci selama empat bulan.",
                    "A Batuan-style painting in black ink and acrylic on canvas: a crowded village night market of traders, dancers and spirits, worked in fine detail over four months.",
                    "LUKISAN", List.of("kanvas", "tinta", "akrilik"), "LUKIS_TANGAN", null, 90, 70, 1, 500, 6_750_000, "ONE_OF_A_KIND", null, null, true),
            product("celuk", "Cincin Perak 925 Jawan Bunga Jepun",
                    "Cincin perak 925 dengan hiasan butiran jawan membentuk bunga jepun, dikerjakan tangan di Celuk.",
                    "A 925 silver ring with granulation (jawan) forming a frangipani flower, hand-made in Celuk.",
                    "PERAK_PERHIASAN", List.of("perak 925"), "FILIGREE", null, 2, 2, 1, 8, 450_000, "MADE_TO_ORDER", null, 14, true),
            product("celuk", "Anting Perak Pilin Motif Patra",
                    "Sepasang anting perak 925 dengan kawat pilin motif patra, ringan dipakai seharian.",
                    null, "PERAK_PERHIASAN", List.of("perak 925"), "FILIGREE", null, 4, 2, 1, 6, 325_000, "LIMITED", 8, null, true),
            product("mas", "Topeng Kayu Pule Rangda",
                    "Topeng Rangda dari kayu pule, diukir tangan lalu dicat dengan prada. Dibuat di griya keluarga di Desa Mas.",
                    "A Rangda mask of pule wood, carved by hand and painted with gold leaf, made in a family compound in Mas.",
                    "UKIRAN_KAYU", List.of("kayu pule", "prada"), "UKIR_TANGAN", null, 35, 25, 15, 900, 3_750_000, "ONE_OF_A_KIND", null, null, true),
            product("mas", "Patung Kayu Cempaka Dewi Saraswati",
                    "Patung Dewi Saraswati dari kayu cempaka yang harum, diukir halus dengan detail vina dan angsa.",
                    null, "UKIRAN_KAYU", List.of("kayu cempaka"), "UKIR_TANGAN", null, 20, 15, 60, 2_400, 6_500_000, "MADE_TO_ORDER", null, 45, true),
            product("sidemen", "Songket Sidemen Benang Emas Motif Wajik",
                    "Songket sutra dengan benang emas motif wajik, ditenun para perempuan Sidemen selama dua bulan.",
                    "Silk songket with gold thread in the wajik motif, woven by the women of Sidemen over two months.",
                    "SONGKET", List.of("sutra", "benang emas"), "SONGKET", null, 200, 100, 1, 650, 8_500_000, "ONE_OF_A_KIND", null, null, true),
            product("tenganan", "Kain Gringsing Wayang Kebo",
                    "Kain gringsing ikat ganda motif wayang kebo dari Tenganan Pegringsingan. Benang direndam minyak kemiri dan diwarnai akar mengkudu selama bertahun-tahun.",
                    "Double-ikat gringsing cloth with the wayang kebo motif from Tenganan Pegringsingan; the threads soak in candlenut oil and are dyed with morinda root over years.",
                    "GRINGSING", List.of("katun", "pewarna alam"), "IKAT_GANDA", null, 190, 45, 1, 300, 15_000_000, "ONE_OF_A_KIND", null, null, true),
            product("tenganan-ata", "Tas Anyaman Ata Bulat",
                    "Tas bulat dari anyaman ata yang diasapi hingga berwarna madu, dengan tutup kayu dan tali kulit.",
                    "A round bag of smoked ata grass weave, honey-coloured, with a wooden clasp and a leather strap.",
                    "ANYAMAN_BAMBU", List.of("ata", "kulit"), "ANYAMAN_TANGAN", null, 20, 8, 20, 350, 385_000, "LIMITED", 20, null, true),
            product("pejaten", "Set Piring Keramik Glasir Hijau Pejaten",
                    "Enam piring keramik dengan glasir hijau khas Pejaten, dibentuk di meja putar dan dibakar di tungku desa.",
                    null, "GERABAH_KERAMIK", List.of("tanah liat", "glasir"), "GERABAH_PUTAR", null, 25, 25, 12, 3_600, 750_000, "LIMITED", 6, null, true),
            product("batubulan", "Patung Batu Padas Ganesha",
                    "Patung Ganesha dari batu padas Batubulan untuk taman atau pura keluarga, dipahat dengan tangan.",
                    "A Ganesha of Batubulan sandstone for a garden or family temple, chiselled by hand.",
                    "PATUNG_BATU", List.of("batu padas"), "PAHAT_TANGAN", null, 40, 35, 70, 45_000, 5_200_000, "MADE_TO_ORDER", null, 30, true),
            product("kuta-fashion", "Kebaya Brokat Bali Warna Gading",
                    "Kebaya brokat warna gading dengan bordir tangan di tepi, dijahit sesuai ukuran pemesan.",
                    "An ivory brocade kebaya with hand embroidery at the hem, sewn to the buyer's measurements.",
                    "FASHION", List.of("brokat", "katun"), "JAHIT_TANGAN", null, 70, 50, 2, 400, 1_150_000, "MADE_TO_ORDER", null, 10, true),
            product("kuta-fashion", "Kamen Endek Cetak Motif Kupu",
                    "Kamen cetak motif endek kupu-kupu untuk seragam sanggar; masih kami siapkan.",
                    null, "FASHION", List.of("katun"), "CETAK_PRINT", null, 200, 110, 1, 300, 175_000, "LIMITED", 40, null, false));

    private static DemoProduct product(String login, String title, String storyId, String storyEn, String category,
                                       List<String> materials, String technique, String maker, int length, int width,
                                       int height, int weight, long price, String stockKind, Integer stock,
                                       Integer leadTime, boolean publish) {
        return new DemoProduct(login, title, storyId, storyEn, category, materials, technique, maker, length, width,
                height, weight, price, stockKind, stock, leadTime, publish);
    }
}
