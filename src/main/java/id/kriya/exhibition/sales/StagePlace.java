package id.kriya.exhibition.sales;

import java.time.LocalDate;
import java.util.List;

import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;

/** A stage with the exhibition it belongs to. */
public record StagePlace(ExhibitionView exhibition, StageView stage) {

    /** Every day of the stage, first to last. */
    public List<LocalDate> days() {
        return stage.start().datesUntil(stage.end().plusDays(1)).toList();
    }
}
