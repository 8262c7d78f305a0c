package id.kriya.shipping;

import java.util.Collection;

import org.springframework.modulith.NamedInterface;

/**
 * What goes into one box: the total weight and the total volume of its pieces. Couriers charge the larger of the
 * actual weight and the volumetric weight (length × width × height / 6000, in kilograms), rounded as they round.
 */
@NamedInterface("api")
public record Parcel(long weightGrams, long volumeCubicCm) {

    /** Couriers' volumetric divisor: cubic centimetres per kilogram. */
    static final long VOLUMETRIC_DIVISOR = 6000;
    /** A fraction of a kilogram up to this many grams is not charged; more is charged as a whole kilogram. */
    static final long FREE_FRACTION_GRAMS = 300;

    public Parcel {
        if (weightGrams < 1 || volumeCubicCm < 1) {
            throw new IllegalArgumentException("A parcel weighs something and takes some room");
        }
    }

    public record Piece(int weightGrams, int lengthCm, int widthCm, int heightCm, int quantity) {
    }

    public static Parcel of(Collection<Piece> pieces) {
        long weight = 0;
        long volume = 0;
        for (Piece piece : pieces) {
            weight = Math.addExact(weight, Math.multiplyExact((long) piece.weightGrams(), piece.quantity()));
            volume = Math.addExact(volume, Math.multiplyExact(
                    (long) piece.lengthCm() * piece.widthCm() * piece.heightCm(), piece.quantity()));
        }
        return new Parcel(weight, volume);
    }

    /** Volumetric weight in grams: the volume over 6000 cm³ per kilogram, rounded up to the gram. */
    public long volumetricGrams() {
        return (volumeCubicCm * 1000 + VOLUMETRIC_DIVISOR - 1) / VOLUMETRIC_DIVISOR;
    }

    /**
     * The kilograms a courier charges: the larger of actual and volumetric weight, at least 1 kg; a fraction up to
     * 0.3 kg rounds down, a larger one rounds up (1.3 kg is 1 kg, 1.31 kg is 2 kg).
     */
    public int chargeableKilograms() {
        long grams = Math.max(weightGrams, volumetricGrams());
        long kilograms = grams / 1000 + (grams % 1000 > FREE_FRACTION_GRAMS ? 1 : 0);
        return (int) Math.max(1, kilograms);
    }

    /** The actual or volumetric weight, whichever is larger, in grams: what the export papers go by. */
    public long chargeableGrams() {
        return Math.max(weightGrams, volumetricGrams());
    }
}
