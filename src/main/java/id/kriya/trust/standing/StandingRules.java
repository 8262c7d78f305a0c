package id.kriya.trust.standing;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What earns a shop the Perajin Tepercaya / Trusted maker badge, over a window of the last days: answered and
 * shipped on time nearly always, reviewed very well, enough completed orders to judge, and no complaint decided
 * against it. The public criteria page shows these same figures.
 */
@ConfigurationProperties("kriya.trust.standing")
public record StandingRules(@DefaultValue("P90D") Period window,
                            @DefaultValue("PT24H") Duration answerWithin,
                            @DefaultValue("0.95") double answeredShare,
                            @DefaultValue("0.95") double shippedOnTimeShare,
                            @DefaultValue("4.8") double averageReview,
                            @DefaultValue("5") int completedOrders,
                            @DefaultValue("0") int complaintsAgainst,
                            @DefaultValue("PT24H") Duration recomputeEvery) {

    /** Each criterion with the figure the shop has and whether it meets it, in the order the pages show them. */
    public List<Criterion> assess(StandingFigures figures) {
        return List.of(
                new Criterion(Criterion.Kind.ANSWERED, figures.answeredShare(), answeredShare,
                        figures.answeredShare() >= answeredShare),
                new Criterion(Criterion.Kind.SHIPPED_ON_TIME, figures.shippedOnTimeShare(), shippedOnTimeShare,
                        figures.shippedOnTimeShare() >= shippedOnTimeShare),
                new Criterion(Criterion.Kind.AVERAGE_REVIEW, figures.averageReview() == null ? 0 : figures.averageReview(),
                        averageReview, figures.averageReview() != null && figures.averageReview() >= averageReview),
                new Criterion(Criterion.Kind.COMPLETED_ORDERS, figures.completedOrders(), completedOrders,
                        figures.completedOrders() >= completedOrders),
                new Criterion(Criterion.Kind.COMPLAINTS_AGAINST, figures.complaintsAgainst(), complaintsAgainst,
                        figures.complaintsAgainst() <= complaintsAgainst));
    }

    public boolean isTrusted(StandingFigures figures) {
        return assess(figures).stream().allMatch(Criterion::met);
    }

    /** One line of the badge's criteria: what the shop has, what is required, and whether it is met. */
    public record Criterion(Kind kind, double actual, double required, boolean met) {

        public enum Kind { ANSWERED, SHIPPED_ON_TIME, AVERAGE_REVIEW, COMPLETED_ORDERS, COMPLAINTS_AGAINST }

        /** Shares are shown as percentages. */
        public boolean isShare() {
            return kind == Kind.ANSWERED || kind == Kind.SHIPPED_ON_TIME;
        }

        public String messageKey() {
            return "trust.standing.criterion." + kind.name();
        }
    }
}
