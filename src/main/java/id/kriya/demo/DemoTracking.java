package id.kriya.demo;

import id.kriya.shipping.Courier;

/** A well-formed tracking number for each courier, for demo orders already on their way. */
final class DemoTracking {

    private DemoTracking() {
    }

    static String numberFor(Courier courier) {
        return switch (courier) {
            case JNE -> "JNE0051125001";
            case JNT -> "JP2511250001";
            case SICEPAT -> "002511250001";
            case POS_INDONESIA -> "P2511250001";
            case EMS, POS_EKSPOR -> "EE123456785ID";
        };
    }
}
