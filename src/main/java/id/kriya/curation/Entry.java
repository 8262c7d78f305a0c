package id.kriya.curation;

import java.util.List;

import id.kriya.exhibition.booth.BoothZone;
import org.springframework.modulith.NamedInterface;

/** What an applicant sends: their products, a statement, the zone they show in, and a preferred stage (null: any). */
@NamedInterface("api")
public record Entry(List<Long> productIds, String statement, BoothZone zone, Long preferredStageId) {

    public Entry {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }
}
