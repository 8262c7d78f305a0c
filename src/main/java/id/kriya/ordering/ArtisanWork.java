package id.kriya.ordering;

import org.springframework.modulith.NamedInterface;

/**
 * What waits for an artisan in their orders: payments to confirm (orders waiting for payment, where the buyer may
 * have paid by transfer or QRIS) and paid orders to process and ship.
 */
@NamedInterface("api")
public record ArtisanWork(long toConfirm, long toShip) {

    public static final ArtisanWork NONE = new ArtisanWork(0, 0);

    public boolean isEmpty() {
        return toConfirm == 0 && toShip == 0;
    }
}
