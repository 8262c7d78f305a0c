package id.kriya.trust.certificate;

import java.time.LocalDate;
import java.util.List;

import id.kriya.catalog.Technique;
import id.kriya.media.PhotoId;

/**
 * What an officer states on a certificate for a product. {@code editionNumber} and {@code editionSize} only for a
 * piece of a limited edition (3 of 10); {@code photos} are some of the product's own, in the order shown.
 */
public record CertificateRequest(long productId, String maker, Technique technique, String techniqueNote,
                                 List<MaterialCheck> checks, String geographicalIndication, String hakiNumber,
                                 Integer editionNumber, Integer editionSize, LocalDate inspectedOn,
                                 List<PhotoId> photos, String remarks) {

    public static final int MAKER_MAX = 100;
    public static final int TECHNIQUE_NOTE_MAX = 200;
    public static final int CHECKS_MAX = 8;
    public static final int GEOGRAPHICAL_INDICATION_MAX = 160;
    public static final int HAKI_MAX = 60;
    public static final int EDITION_MAX = 1000;
    public static final int PHOTOS_MAX = 6;
    public static final int REMARKS_MAX = 1000;

    public CertificateRequest {
        checks = checks == null ? List.of() : List.copyOf(checks);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
