package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/**
 * How a shop served the buyers whose orders were paid in a period. An order counts towards answering once the
 * artisan acted on it or the answer's time ran out, and towards shipping once it was shipped or its promised day
 * passed, so orders still inside their time neither help nor hurt. A paid order the artisan cancelled was answered
 * but not shipped on time.
 */
@NamedInterface("api")
public record ServiceRecord(int ordersToAnswer, int answeredInTime, int ordersToShip, int shippedOnTime, int delivered,
                            int completed) {

    public static final ServiceRecord NONE = new ServiceRecord(0, 0, 0, 0, 0, 0);

    /** The share answered in time, from 0 to 1; 1 when nothing was due yet (a new shop is not penalised). */
    public double answeredShare() {
        return share(answeredInTime, ordersToAnswer);
    }

    /** The share shipped by the day promised, from 0 to 1; 1 when nothing was due yet. */
    public double shippedOnTimeShare() {
        return share(shippedOnTime, ordersToShip);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
