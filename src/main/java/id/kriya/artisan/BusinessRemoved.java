package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/**
 * A business left the registry for good (its owner deleted their account): what other modules keep of it goes
 * too.
 */
@NamedInterface("api")
public record BusinessRemoved(long businessId) {
}
