package id.kriya.exhibition.showcase;

import java.util.List;

import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;

/**
 * What the printed catalog holds: the exhibition, the organising council's name, the stages it covers (all, or the
 * one asked for) and every exhibitor of those stages by regency, with its products.
 */
public record ExhibitionCatalog(ExhibitionView exhibition, String organiserName, List<StageView> stages,
                                List<RegencyGroup> regencies) {

    public ExhibitionCatalog {
        stages = List.copyOf(stages);
        regencies = List.copyOf(regencies);
    }

    public int exhibitorCount() {
        return regencies.stream().mapToInt(group -> group.exhibitors().size()).sum();
    }
}
