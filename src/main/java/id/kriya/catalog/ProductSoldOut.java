package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** The last piece of a stocked product went. */
@NamedInterface("api")
public record ProductSoldOut(long productId, long businessId) {
}
