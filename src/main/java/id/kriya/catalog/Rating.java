package id.kriya.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.modulith.NamedInterface;

/**
 * What buyers said of a product, or of all of a shop's products, in their verified reviews: how many reviews count
 * and the total of each score, so that an average is exact however many reviews come and go. Pages show the
 * averages to one decimal; a product without reviews has none.
 */
@NamedInterface("api")
public record Rating(int count, long asPicturedTotal, long qualityTotal, long serviceTotal) {

    public static final Rating NONE = new Rating(0, 0, 0, 0);
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public Rating {
        if (count < 0 || !within(asPicturedTotal, count) || !within(qualityTotal, count) || !within(serviceTotal, count)) {
            throw new IllegalArgumentException("Not a rating of " + count + " reviews");
        }
    }

    /** One buyer's three scores, each from 1 to 5: as pictured (sesuai foto), quality (kualitas), service (pelayanan). */
    public record Scores(int asPictured, int quality, int service) {

        public Scores {
            if (!isScore(asPictured) || !isScore(quality) || !isScore(service)) {
                throw new IllegalArgumentException("Scores go from 1 to 5");
            }
        }

        public static boolean isScore(Integer score) {
            return score != null && score >= LOWEST && score <= HIGHEST;
        }
    }

    public boolean isRated() {
        return count > 0;
    }

    /** The average "as pictured" score to one decimal (4.8), or null without reviews: the figure cards show. */
    public BigDecimal asPictured() {
        return average(asPicturedTotal);
    }

    public BigDecimal quality() {
        return average(qualityTotal);
    }

    public BigDecimal service() {
        return average(serviceTotal);
    }

    Rating plus(Scores scores) {
        return new Rating(count + 1, asPicturedTotal + scores.asPictured(), qualityTotal + scores.quality(),
                serviceTotal + scores.service());
    }

    /** Without a review that counted before; refused (by the constructor) if it never did. */
    Rating minus(Scores scores) {
        return new Rating(count - 1, asPicturedTotal - scores.asPictured(), qualityTotal - scores.quality(),
                serviceTotal - scores.service());
    }

    private BigDecimal average(long total) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static boolean within(long total, int count) {
        return total >= (long) LOWEST * count && total <= (long) HIGHEST * count;
    }
}
