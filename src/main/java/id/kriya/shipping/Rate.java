package id.kriya.shipping;

import id.kriya.shared.Rupiah;

/**
 * What a courier charges for a zone: the first kilogram, each further kilogram, and how many days it takes.
 */
public record Rate(Courier courier, Zone zone, Rupiah firstKilogram, Rupiah nextKilogram, int minDays, int maxDays) {

    /** No courier charges more than this per kilogram; a larger figure is a typing slip. */
    public static final long MAX_PRICE_PER_KILOGRAM = 10_000_000;
    /** No parcel takes longer than this many days, even to the far side of the world. */
    public static final int MAX_DAYS = 60;

    public Rate {
        if (courier == null || zone == null || !courier.serves(zone)) {
            throw new IllegalArgumentException(courier + " does not carry to " + zone);
        }
        if (!firstKilogram.isPositive() || nextKilogram.amount() < 0
                || firstKilogram.amount() > MAX_PRICE_PER_KILOGRAM || nextKilogram.amount() > MAX_PRICE_PER_KILOGRAM) {
            throw new IllegalArgumentException("A rate costs something, within reason");
        }
        if (minDays < 1 || maxDays < minDays || maxDays > MAX_DAYS) {
            throw new IllegalArgumentException("Days from 1, the most not below the least");
        }
    }

    public Rupiah priceFor(int chargeableKilograms) {
        if (chargeableKilograms < 1) {
            throw new IllegalArgumentException("At least one kilogram is charged");
        }
        return firstKilogram.plus(nextKilogram.times(chargeableKilograms - 1));
    }
}
