package id.kriya.artisan;

/**
 * A business left the registry for good (its owner deleted their account): what other modules keep of it goes
 * too.
 */
public record BusinessRemoved(long businessId) {
}
