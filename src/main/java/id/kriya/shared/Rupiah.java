package id.kriya.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in whole rupiah, never a floating-point number. Written the Indonesian way in both languages,
 * {@code Rp1.250.000}, as price labels and QRIS receipts show it.
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public boolean isAtMost(Rupiah other) {
        return amount <= other.amount;
    }

    public Rupiah plus(Rupiah other) {
        return new Rupiah(Math.addExact(amount, other.amount));
    }

    public Rupiah times(int quantity) {
        return new Rupiah(Math.multiplyExact(amount, quantity));
    }

    /** This amount in a foreign currency, given how many rupiah one unit of it costs; two decimals. */
    public BigDecimal in(BigDecimal rupiahPerUnit) {
        return BigDecimal.valueOf(amount).divide(rupiahPerUnit, 2, RoundingMode.HALF_UP);
    }

    /** {@code Rp1.250.000}; a negative amount as {@code -Rp5.000}. */
    public String formatted() {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-Rp" : "Rp") + grouped;
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
