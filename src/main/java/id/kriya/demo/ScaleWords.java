package id.kriya.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import id.kriya.artisan.Craft;
import id.kriya.catalog.Technique;

/**
 * Word lists for the benchmark catalog ({@link ScaleCatalog}): what Bali's crafts are called, made of and made
 * with, their motifs and colours, the villages they come from and the names of the people who make them. Titles
 * and stories are put together from these, so search meets the words buyers really type ("kain tenun ikat endek
 * sutra motif cepuk"), with the same affixes and the same repetitions as a real catalog.
 */
final class ScaleWords {

    private ScaleWords() {
    }

    /** One craft: its kinds of piece, techniques, materials, motifs, and the range of prices (rupiah) and sizes (cm). */
    record CraftWords(Craft craft, List<String> kinds, List<Technique> techniques, List<String> materials,
                      List<String> motifs, long minPrice, long maxPrice, int minSize, int maxSize, int gramsPerCm) {
    }

    static final List<CraftWords> CRAFTS = List.of(
            new CraftWords(Craft.TENUN_ENDEK, List.of("Kain tenun ikat endek", "Selendang endek", "Kamen endek", "Kain endek",
                    "Sarung endek", "Taplak meja endek", "Syal tenun endek"),
                    List.of(Technique.TENUN_IKAT_ATBM, Technique.TENUN_IKAT_ATBM, Technique.TENUN_IKAT_GEDOG, Technique.TENUN_MESIN),
                    List.of("sutra", "katun", "rayon", "pewarna alam", "benang sutra"),
                    List.of("cepuk", "patra", "kembang", "wajik", "mas-masan", "jelamprang", "kotak", "bun", "gringsing"),
                    150_000, 3_500_000, 50, 220, 2),
            new CraftWords(Craft.SONGKET, List.of("Kain songket", "Selendang songket", "Kamen songket", "Saput songket", "Udeng songket"),
                    List.of(Technique.SONGKET),
                    List.of("sutra", "benang emas", "benang perak", "katun"),
                    List.of("wajik", "bunga", "patra punggel", "cakra", "garuda", "kupu-kupu", "merak"),
                    450_000, 25_000_000, 40, 220, 3),
            new CraftWords(Craft.GRINGSING, List.of("Kain gringsing", "Selendang gringsing", "Sabuk gringsing"),
                    List.of(Technique.IKAT_GANDA),
                    List.of("katun", "pewarna alam", "minyak kemiri"),
                    List.of("wayang kebo", "lubeng", "cempaka", "sanan empeg", "cecempakan", "enjekan siap"),
                    1_500_000, 40_000_000, 40, 200, 2),
            new CraftWords(Craft.PERAK_PERHIASAN, List.of("Cincin perak", "Gelang perak", "Kalung perak", "Anting perak",
                    "Bros perak", "Liontin perak", "Tempat sirih perak"),
                    List.of(Technique.TEMPA_PERAK, Technique.FILIGREE, Technique.TEMPA_PERAK),
                    List.of("perak 925", "perak", "emas 18k", "batu mutiara", "batu kecubung", "tembaga"),
                    List.of("bunga jepun", "naga", "jawan", "patra", "pilin", "barong", "kura-kura", "teratai"),
                    150_000, 8_000_000, 1, 30, 5),
            new CraftWords(Craft.UKIRAN_KAYU, List.of("Topeng kayu", "Patung kayu", "Ukiran kayu", "Pintu ukir", "Panel ukir",
                    "Cermin ukir", "Kotak perhiasan ukir"),
                    List.of(Technique.UKIR_TANGAN),
                    List.of("kayu pule", "kayu cempaka", "kayu jati", "kayu suar", "kayu cendana", "kayu nangka", "prada"),
                    List.of("Rangda", "Barong", "Garuda Wisnu", "Dewi Saraswati", "Ganesha", "Hanoman", "patra", "bunga teratai"),
                    250_000, 30_000_000, 10, 200, 40),
            new CraftWords(Craft.LUKISAN, List.of("Lukisan wayang Kamasan", "Lukisan Batuan", "Lukisan Ubud", "Lukisan kaca",
                    "Lukisan kanvas", "Lukisan Pengosekan"),
                    List.of(Technique.LUKIS_TANGAN),
                    List.of("kain blacu", "kanvas", "cat akrilik", "pigmen alam", "tinta cina", "kaca"),
                    List.of("Ramayana", "Mahabharata", "Tantri", "pasar tradisional", "sawah berundak", "upacara ngaben",
                            "tari legong", "burung dan bunga"),
                    500_000, 45_000_000, 30, 200, 10),
            new CraftWords(Craft.PATUNG_BATU, List.of("Patung batu", "Arca batu padas", "Relief batu", "Pancuran batu", "Lampu taman batu"),
                    List.of(Technique.PAHAT_TANGAN),
                    List.of("batu padas", "batu paras", "batu andesit", "batu lava"),
                    List.of("Ganesha", "Buddha", "Dewi Sri", "Garuda", "penjaga pura", "katak", "bunga teratai"),
                    350_000, 20_000_000, 20, 180, 300),
            new CraftWords(Craft.ANYAMAN_BAMBU, List.of("Tas anyaman", "Keranjang anyaman", "Sokasi", "Bakul", "Tikar anyaman",
                    "Kap lampu anyaman", "Topi anyaman"),
                    List.of(Technique.ANYAMAN_TANGAN),
                    List.of("ata", "bambu", "pandan", "rotan", "lontar", "kulit"),
                    List.of("bulat", "kotak", "mata ikan", "kepang", "tumpal", "bunga"),
                    50_000, 2_500_000, 10, 100, 8),
            new CraftWords(Craft.GERABAH_KERAMIK, List.of("Piring keramik", "Mangkuk keramik", "Vas gerabah", "Cangkir keramik",
                    "Pot gerabah", "Tempat dupa gerabah", "Celengan gerabah"),
                    List.of(Technique.GERABAH_PUTAR),
                    List.of("tanah liat", "glasir", "terakota", "stoneware"),
                    List.of("glasir hijau", "kodok", "daun", "bunga jepun", "polos", "bintik"),
                    45_000, 3_000_000, 8, 60, 30),
            new CraftWords(Craft.FASHION, List.of("Kebaya", "Kemeja endek", "Udeng", "Kamen", "Dress endek", "Tas kain", "Selendang"),
                    List.of(Technique.JAHIT_TANGAN, Technique.CETAK_PRINT, Technique.BATIK_CAP, Technique.BATIK_TULIS),
                    List.of("brokat", "katun", "linen", "sutra", "rayon", "kain endek"),
                    List.of("kupu-kupu", "patra", "bunga", "polos", "endek cepuk", "mega mendung", "kawung"),
                    95_000, 2_500_000, 30, 150, 2),
            new CraftWords(Craft.LAINNYA, List.of("Canang hias", "Lilin aromaterapi", "Dupa", "Sabun", "Wayang kulit", "Kipas"),
                    List.of(Technique.LAINNYA, Technique.ANYAMAN_TANGAN),
                    List.of("kulit sapi", "kayu", "lilin lebah", "minyak kelapa", "bambu", "janur"),
                    List.of("Arjuna", "Bima", "bunga kamboja", "sereh", "cendana", "patra"),
                    25_000, 1_500_000, 5, 80, 5));

    static final List<String> COLOURS = List.of("merah", "merah marun", "biru", "biru laut", "hijau", "kuning", "emas",
            "hitam", "putih", "gading", "ungu", "coklat", "oranye", "toska", "krem", "abu-abu");

    static final List<String> BIRTH_ORDER = List.of("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang",
            "Gede", "Luh", "Gusti Ayu", "Gusti Ngurah", "Dewa Ayu");

    static final List<String> GIVEN = List.of("Sukerti", "Suarta", "Darma", "Sudana", "Astawa", "Wirawan", "Ariani",
            "Sriani", "Widiastuti", "Budiarta", "Mertayasa", "Sutama", "Yasa", "Swastika", "Arsana", "Sedana",
            "Kartini", "Suciati", "Wardana", "Puspa", "Ratna", "Adnyana", "Gunawan", "Karmini", "Sumerta", "Rai",
            "Parwati", "Dharmawan", "Artini", "Sukadana");

    static final List<String> BUSINESS_WORDS = List.of("Sari", "Dewi", "Mertha", "Kencana", "Jaya", "Santhi",
            "Amerta", "Lestari", "Giri", "Mekar", "Taksu", "Cahaya", "Bunga", "Ratu", "Surya", "Bintang", "Wangi");

    /** Villages known for crafts, by region code. */
    static final Map<String, List<String>> VILLAGES = Map.of(
            "51.01", List.of("Negara", "Mendoyo", "Pengambengan", "Loloan", "Yehembang"),
            "51.02", List.of("Kediri", "Tabanan", "Marga", "Penebel", "Kerambitan", "Pejaten"),
            "51.03", List.of("Kuta", "Abiansemal", "Mengwi", "Sibang", "Kapal", "Petang"),
            "51.04", List.of("Mas", "Celuk", "Batubulan", "Ubud", "Batuan", "Peliatan", "Sukawati", "Tegallalang", "Pengosekan"),
            "51.05", List.of("Gelgel", "Kamasan", "Tojan", "Tihingan", "Dawan", "Nusa Penida"),
            "51.06", List.of("Penglipuran", "Kintamani", "Susut", "Tembuku", "Bunutin"),
            "51.07", List.of("Sidemen", "Tenganan", "Seraya", "Amlapura", "Bebandem", "Budakeling"),
            "51.08", List.of("Jinengdalem", "Beratan", "Pedawa", "Sawan", "Banyuning", "Munduk"),
            "51.71", List.of("Sanur", "Panjer", "Kesiman", "Penatih", "Sumerta", "Pemecutan"));

    static final List<String> STREETS = List.of("Raya", "Pura Desa", "Banjar Kaja", "Banjar Kelod", "Gunung Agung",
            "Bisma", "Nusantara", "Sekar Jepun", "Danau Batur", "Dewi Sri");

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String person(Random random) {
        String order = pick(random, BIRTH_ORDER);
        String prefix = order.startsWith("Luh") || order.contains("Ayu") ? "Ni " : order.startsWith("Gusti") || order.startsWith("Dewa") ? "" : "I ";
        return prefix + order + " " + pick(random, GIVEN);
    }

    /** "Kain tenun ikat endek sutra motif cepuk merah" and its kin; at most 120 characters. */
    static String title(Random random, CraftWords words, String material) {
        String kind = pick(random, words.kinds());
        String motif = pick(random, words.motifs());
        String colour = pick(random, COLOURS);
        String title = switch (random.nextInt(4)) {
            case 0 -> kind + " " + material + " motif " + motif + " " + colour;
            case 1 -> kind + " " + motif + " " + material;
            case 2 -> kind + " " + material + " " + colour + " " + motif;
            default -> kind + " motif " + motif + " warna " + colour;
        };
        return capitalise(title.length() > 120 ? title.substring(0, 120).trim() : title);
    }

    /** Three to five sentences in Indonesian, with the affixed forms buyers type (ditenun, penenun, diukir, pengrajin). */
    static String story(Random random, CraftWords words, String title, String maker, String village, String regency,
                        List<String> materials) {
        StringBuilder story = new StringBuilder();
        story.append(title).append(" ").append(verb(words.craft())).append(" oleh ").append(maker)
                .append(" di Desa ").append(village).append(", ").append(regency).append(". ");
        story.append("Bahannya ").append(String.join(" dan ", materials)).append(", dipilih sendiri oleh perajin. ");
        story.append(pick(random, PROCESS.get(words.craft()))).append(" ");
        story.append(pick(random, USES)).append(" ");
        if (random.nextBoolean()) {
            story.append("Motif ").append(pick(random, words.motifs())).append(" ").append(pick(random, MEANINGS)).append(" ");
        }
        if (random.nextInt(3) == 0) {
            story.append(pick(random, CARE));
        }
        return story.toString().trim();
    }

    /** A short English story for about one product in three, so English analysis has text too. */
    static String storyEn(Random random, CraftWords words, String maker, String village) {
        return "Handmade by " + maker + " in the village of " + village + ", Bali. " + pick(random, ENGLISH.get(words.craft()))
                + " Each piece is unique and may differ slightly from the photo.";
    }

    static String businessStory(Random random, CraftWords words, String owner, String village, int founded) {
        return "Usaha " + words.kinds().get(0).toLowerCase() + " milik keluarga " + owner + " di Desa " + village
                + " sejak " + founded + ". " + pick(random, PROCESS.get(words.craft()))
                + " Kami binaan Dekranasda dan menerima pesanan dari dalam dan luar negeri.";
    }

    private static String verb(Craft craft) {
        return switch (craft) {
            case TENUN_ENDEK, SONGKET, GRINGSING -> "ditenun";
            case PERAK_PERHIASAN -> "ditempa dan dirangkai";
            case UKIRAN_KAYU -> "diukir";
            case LUKISAN -> "dilukis";
            case PATUNG_BATU -> "dipahat";
            case ANYAMAN_BAMBU -> "dianyam";
            case GERABAH_KERAMIK -> "dibentuk dan dibakar";
            case FASHION -> "dijahit";
            case LAINNYA -> "dibuat";
        };
    }

    private static final Map<Craft, List<String>> PROCESS = Map.ofEntries(
            Map.entry(Craft.TENUN_ENDEK, List.of(
                    "Benang diikat dan dicelup berulang kali sebelum ditenun dengan alat tenun bukan mesin (ATBM).",
                    "Para penenun bekerja di rumah; satu kain selesai dalam dua sampai tiga minggu.",
                    "Pewarnaan memakai pewarna alam dari kulit mangga, daun taum dan kayu secang.")),
            Map.entry(Craft.SONGKET, List.of(
                    "Benang emas disisipkan helai demi helai saat menenun, sehingga motifnya timbul.",
                    "Songket ini ditenun para perempuan desa selama satu sampai dua bulan.",
                    "Tenunan songket dipakai untuk upacara adat dan pernikahan.")),
            Map.entry(Craft.GRINGSING, List.of(
                    "Benang direndam minyak kemiri dan diwarnai akar mengkudu selama bertahun-tahun.",
                    "Tenun ikat ganda ini hanya dibuat di Tenganan Pegringsingan.",
                    "Gringsing dipercaya menolak bala dan dipakai dalam upacara.")),
            Map.entry(Craft.PERAK_PERHIASAN, List.of(
                    "Perak ditempa, dipilin dan dihias butiran jawan satu per satu oleh pengrajin.",
                    "Setiap perhiasan dikerjakan tangan di bengkel keluarga dan diberi cap kadar perak.",
                    "Teknik filigri membuat perhiasan ringan namun kuat.")),
            Map.entry(Craft.UKIRAN_KAYU, List.of(
                    "Kayu dikeringkan berbulan-bulan sebelum diukir dengan pahat tradisional.",
                    "Pengukir menyelesaikan detail halus dengan tangan lalu memberi lapisan prada.",
                    "Ukiran ini dibuat oleh pemahat yang belajar dari kakeknya.")),
            Map.entry(Craft.LUKISAN, List.of(
                    "Pelukis memakai pigmen alam dari batu, tulang dan jelaga dengan perekat ancur.",
                    "Lukisan dikerjakan berminggu-minggu dengan garis halus khas desa ini.",
                    "Setiap lukisan bertanda tangan pelukisnya.")),
            Map.entry(Craft.PATUNG_BATU, List.of(
                    "Batu dipahat langsung dari bongkahan oleh pemahat desa.",
                    "Patung cocok untuk taman, kolam atau pura keluarga.",
                    "Permukaan batu dibiarkan alami sehingga berlumut indah seiring waktu.")),
            Map.entry(Craft.ANYAMAN_BAMBU, List.of(
                    "Daun dan serat dijemur, diasapi lalu dianyam rapat oleh penganyam.",
                    "Anyaman ini kuat, ringan dan tahan lama.",
                    "Setiap anyaman dikerjakan tangan oleh ibu-ibu di banjar.")),
            Map.entry(Craft.GERABAH_KERAMIK, List.of(
                    "Tanah liat dibentuk di meja putar lalu dibakar di tungku desa.",
                    "Glasir dibuat sendiri sehingga warnanya sedikit berbeda tiap pembakaran.",
                    "Gerabah ini aman untuk makanan dan bisa dicuci.")),
            Map.entry(Craft.FASHION, List.of(
                    "Dijahit sesuai ukuran dengan bordir tangan di bagian tepi.",
                    "Kain dipotong dan dijahit oleh penjahit desa yang berpengalaman.",
                    "Cocok dipakai ke pura, ke kantor atau untuk acara keluarga.")),
            Map.entry(Craft.LAINNYA, List.of(
                    "Dibuat dari bahan alami oleh perajin rumahan.",
                    "Setiap barang dikerjakan tangan dalam jumlah kecil.",
                    "Cocok sebagai oleh-oleh khas Bali.")));

    private static final Map<Craft, List<String>> ENGLISH = Map.ofEntries(
            Map.entry(Craft.TENUN_ENDEK, List.of("Ikat cloth woven on a hand loom from tied and dyed threads.")),
            Map.entry(Craft.SONGKET, List.of("Songket woven with gold thread, worn at ceremonies and weddings.")),
            Map.entry(Craft.GRINGSING, List.of("Double ikat from Tenganan, dyed with roots over many months.")),
            Map.entry(Craft.PERAK_PERHIASAN, List.of("Sterling silver jewellery with granulation and filigree.")),
            Map.entry(Craft.UKIRAN_KAYU, List.of("Carved by hand from seasoned wood.")),
            Map.entry(Craft.LUKISAN, List.of("A traditional painting with natural pigments.")),
            Map.entry(Craft.PATUNG_BATU, List.of("A sandstone statue chiselled by hand, for garden or temple.")),
            Map.entry(Craft.ANYAMAN_BAMBU, List.of("Woven by hand from smoked grass and bamboo.")),
            Map.entry(Craft.GERABAH_KERAMIK, List.of("Wheel-thrown pottery fired in a village kiln.")),
            Map.entry(Craft.FASHION, List.of("Tailored by hand with embroidered edges.")),
            Map.entry(Craft.LAINNYA, List.of("Made by hand from natural materials.")));

    private static final List<String> USES = List.of(
            "Cocok untuk hadiah, koleksi atau dipakai sehari-hari.",
            "Dapat dikirim ke seluruh Indonesia dan luar negeri.",
            "Tersedia juga dalam warna dan ukuran lain atas pesanan.",
            "Produk binaan Dekranasda yang lolos kurasi pameran IKM Bali Bangkit.",
            "Harga sudah termasuk kemasan dari rumah kemasan.");

    private static final List<String> MEANINGS = List.of("melambangkan kesuburan dan kemakmuran.",
            "adalah warisan leluhur yang dijaga turun-temurun.", "terinspirasi dari alam Bali.",
            "biasa dipakai pada hari raya Galungan.", "memberi kesan anggun dan tenang.");

    private static final List<String> CARE = List.of("Cuci dengan tangan memakai sabun lembut dan jangan dijemur di terik matahari.",
            "Simpan di tempat kering dan bersihkan dengan kain lembut.", "Hindari air dan bahan kimia.");

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
