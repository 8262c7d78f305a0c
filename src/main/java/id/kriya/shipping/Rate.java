package id.kriya.shipping;

import id.kriya.shared.Rupiah;

/**
 * What a courier charges for a zone: the first kilogram, each further kilogram, and how many days it takes.
 */
public record Rate(Courier courier, Zone zone, Rupiah firstKilogram, Rupiah nextKilogram, int minDays, int maxDays) {

    public Rate {
        if (!courier.serves(zone)) {
            throw new IllegalArgumentException(courier + " does not carry to " + zone);
        }
        if (!firstKilogram.isPositive() || nextKilogram.amount() < 0) {
            throw new IllegalArgumentException("A rate costs something");
        }
        if (minDays < 1 || maxDays < minDays) {
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
