package id.kriya.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import id.kriya.exhibition.booth.BoothZone;
import org.junit.jupiter.api.Test;

class ExhibitionTests {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static Exhibition exhibition(ExhibitionMode mode) {
        return new Exhibition("pameran", new ExhibitionDetails("Pameran", "Cerita", "51", mode), NOW);
    }

    static StageDetails stage(LocalDate start, LocalDate end, Long venueId) {
        return new StageDetails(1, "Tahap I", start, end, venueId, Map.of(BoothZone.CRAFT, 88));
    }

    @Test
    void refusesAStageThatEndsBeforeItStarts() {
        Exhibition exhibition = exhibition(ExhibitionMode.HYBRID);

        assertThatThrownBy(() -> exhibition.addStage(stage(DAY, DAY.minusDays(1), 1L), NOW))
                .isInstanceOfSatisfying(ExhibitionRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exhibition.rule.endBeforeStart"));
        assertThat(exhibition.stages()).isEmpty();
    }

    @Test
    void acceptsAOneDayStage() {
        Exhibition exhibition = exhibition(ExhibitionMode.OFFLINE);

        exhibition.addStage(stage(DAY, DAY, 1L), NOW);

        assertThat(exhibition.stages()).hasSize(1);
    }

    @Test
    void onlineOnlyStagesHaveNoVenueAndOfflineOnesNeedOne() {
        assertThatThrownBy(() -> exhibition(ExhibitionMode.ONLINE).addStage(stage(DAY, DAY, 1L), NOW))
                .hasMessage("exhibition.rule.onlineHasNoVenue");
        assertThatThrownBy(() -> exhibition(ExhibitionMode.OFFLINE).addStage(stage(DAY, DAY, null), NOW))
                .hasMessage("exhibition.rule.venueNeeded");
        exhibition(ExhibitionMode.ONLINE).addStage(stage(DAY, DAY, null), NOW);
    }

    @Test
    void cannotTurnOnlineOnlyWhileAStageHasAVenue() {
        Exhibition exhibition = exhibition(ExhibitionMode.HYBRID);
        exhibition.addStage(stage(DAY, DAY, 1L), NOW);

        assertThatThrownBy(() -> exhibition.change(new ExhibitionDetails("Pameran", "Cerita", "51", ExhibitionMode.ONLINE), NOW))
                .hasMessage("exhibition.rule.stagesHaveVenues");
        assertThat(exhibition.mode()).isEqualTo(ExhibitionMode.HYBRID);
    }

    @Test
    void refusesTwoStagesWithOneNumber() {
        Exhibition exhibition = exhibition(ExhibitionMode.HYBRID);
        exhibition.addStage(stage(DAY, DAY, 1L), NOW);

        assertThatThrownBy(() -> exhibition.addStage(stage(DAY.plusDays(10), DAY.plusDays(12), 1L), NOW))
                .hasMessage("exhibition.rule.numberTaken");
    }
}
