package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** How a piece is made; labels come from the bundle as {@code technique.<NAME>}. */
@NamedInterface("api")
public enum Technique {
    TENUN_IKAT_ATBM, TENUN_IKAT_GEDOG, IKAT_GANDA, SONGKET, TENUN_MESIN, BATIK_TULIS, BATIK_CAP, CETAK_PRINT,
    UKIR_TANGAN, PAHAT_TANGAN, TEMPA_PERAK, FILIGREE, ANYAMAN_TANGAN, GERABAH_PUTAR, LUKIS_TANGAN, JAHIT_TANGAN,
    LAINNYA
}
