package id.kriya.ordering;

/** Who moved an order on: shown on its timeline. */
public enum Actor {
    BUYER, ARTISAN, SYSTEM, GATEWAY
}
