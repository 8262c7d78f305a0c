package id.kriya.artisan;

/** The crafts a business practises; labels come from the bundle as {@code craft.<NAME>}. */
public enum Craft {
    TENUN_ENDEK, SONGKET, GRINGSING, PERAK_PERHIASAN, UKIRAN_KAYU, LUKISAN, PATUNG_BATU, ANYAMAN_BAMBU,
    GERABAH_KERAMIK, FASHION, LAINNYA
}
