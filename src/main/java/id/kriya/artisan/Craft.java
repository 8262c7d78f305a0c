package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/** The crafts a business practises; labels come from the bundle as {@code craft.<NAME>}. */
@NamedInterface("api")
public enum Craft {
    TENUN_ENDEK, SONGKET, GRINGSING, PERAK_PERHIASAN, UKIRAN_KAYU, LUKISAN, PATUNG_BATU, ANYAMAN_BAMBU,
    GERABAH_KERAMIK, FASHION, LAINNYA
}
