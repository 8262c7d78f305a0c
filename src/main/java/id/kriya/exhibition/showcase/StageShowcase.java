package id.kriya.exhibition.showcase;

import java.util.List;

import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;

/**
 * One page of a stage's exhibitors, grouped by regency: {@code exhibitors} counts them all, {@code page} is from 0.
 */
public record StageShowcase(ExhibitionView exhibition, StageView stage, List<RegencyGroup> regencies, int exhibitors,
                            int page, int totalPages) {

    public StageShowcase {
        regencies = List.copyOf(regencies);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
