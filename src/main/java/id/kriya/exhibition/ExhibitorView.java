package id.kriya.exhibition;

import java.util.List;

import id.kriya.exhibition.booth.BoothZone;
import org.springframework.modulith.NamedInterface;

/** An IKM showing at a stage: its zone, its booth (null until assigned or when online) and its products in order. */
@NamedInterface("api")
public record ExhibitorView(long id, long stageId, long businessId, BoothZone zone, String boothCode,
                            List<Long> productIds) {

    public ExhibitorView {
        productIds = List.copyOf(productIds);
    }
}
