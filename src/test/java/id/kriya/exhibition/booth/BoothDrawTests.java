package id.kriya.exhibition.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kriya.exhibition.BoothsAssigned;
import id.kriya.exhibition.ExhibitorView;
import org.junit.jupiter.api.Test;

class BoothDrawTests {

    static final List<BoothView> PLAN = List.of(
            new BoothView("K-10", "3x3 m", BoothZone.CRAFT, 1, 4),
            new BoothView("K-2", "3x3 m", BoothZone.CRAFT, 1, 2),
            new BoothView("K-1", "3x3 m", BoothZone.CRAFT, 1, 1),
            new BoothView("F-1", "2x2 m", BoothZone.CULINARY, 2, 1),
            new BoothView("F-2", "2x2 m", BoothZone.CULINARY, 2, 2));

    static ExhibitorView exhibitor(long id, BoothZone zone, String booth) {
        return new ExhibitorView(id, 7, 100 + id, zone, booth, List.of());
    }

    @Test
    void eachZoneGetsFreeBoothsOfItsOwnZone() {
        List<ExhibitorView> roster = List.of(exhibitor(1, BoothZone.CRAFT, null), exhibitor(2, BoothZone.CULINARY, null),
                exhibitor(3, BoothZone.CRAFT, null));

        BoothsAssigned result = BoothDraw.draw(PLAN, Map.of(BoothZone.CRAFT, 3, BoothZone.CULINARY, 2), roster, 42);

        assertThat(result.placed()).containsOnlyKeys(1L, 2L, 3L);
        assertThat(List.of(result.placed().get(1L), result.placed().get(3L))).allMatch(code -> code.startsWith("K-"))
                .doesNotHaveDuplicates();
        assertThat(result.placed().get(2L)).startsWith("F-");
        assertThat(result.withoutBooth()).isEmpty();
    }

    @Test
    void aFullZoneLeavesTheLastAdmittedWithoutABoothAndNeverPassesTheStageCapacity() {
        List<ExhibitorView> roster = List.of(exhibitor(1, BoothZone.CRAFT, null), exhibitor(2, BoothZone.CRAFT, null),
                exhibitor(3, BoothZone.CRAFT, null), exhibitor(4, BoothZone.CULINARY, null),
                exhibitor(5, BoothZone.ART, null));

        BoothsAssigned result = BoothDraw.draw(PLAN, Map.of(BoothZone.CRAFT, 2, BoothZone.CULINARY, 5), roster, 1);

        assertThat(result.placed()).containsOnlyKeys(1L, 2L, 4L);
        assertThat(result.placed().values()).doesNotContain("K-10");
        assertThat(result.withoutBooth()).extracting(ExhibitorView::id).containsExactly(3L, 5L);
    }

    @Test
    void boothsAlreadyHeldStayAndCountTowardsTheCapacity() {
        List<ExhibitorView> roster = List.of(exhibitor(1, BoothZone.CRAFT, null), exhibitor(2, BoothZone.CRAFT, "K-1"),
                exhibitor(3, BoothZone.CRAFT, null));

        BoothsAssigned result = BoothDraw.draw(PLAN, Map.of(BoothZone.CRAFT, 2), roster, 9);

        assertThat(result.placed()).containsOnlyKeys(1L).containsEntry(1L, "K-2");
        assertThat(result.withoutBooth()).extracting(ExhibitorView::id).containsExactly(3L);
    }

    @Test
    void theSameLotDrawsTheSamePlanAndAnotherLotMayDrawAnother() {
        List<BoothView> plan = new ArrayList<>();
        List<ExhibitorView> roster = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            plan.add(new BoothView("K-" + i, "3x3 m", BoothZone.CRAFT, 1, i));
            roster.add(exhibitor(i, BoothZone.CRAFT, null));
        }

        Map<Long, String> first = BoothDraw.draw(plan, Map.of(BoothZone.CRAFT, 20), roster, 5).placed();

        assertThat(BoothDraw.draw(plan, Map.of(BoothZone.CRAFT, 20), roster, 5).placed()).isEqualTo(first);
        assertThat(BoothDraw.draw(plan, Map.of(BoothZone.CRAFT, 20), roster, 6).placed()).isNotEqualTo(first);
        assertThat(first.values()).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void codesSortByTheirNumbersAsNumbers() {
        assertThat(List.of("K-10", "K-2", "F-1", "K-1").stream().sorted(BoothDraw.CODE_ORDER).toList())
                .containsExactly("F-1", "K-1", "K-2", "K-10");
    }
}
