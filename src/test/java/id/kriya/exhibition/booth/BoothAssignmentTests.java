package id.kriya.exhibition.booth;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.BoothsAssigned;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.TestBooths.Setup;
import id.kriya.exhibition.TestBooths;
import id.kriya.exhibition.VenueDetails;
import id.kriya.exhibition.VenueView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@KriyaWebTest
class BoothAssignmentTests {

    @Autowired
    TestBooths stages;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    BoothAssignment booths;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    JdbcTemplate jdbc;

    ExhibitorView admit(Setup setup, BoothZone zone) {
        Artisan artisan = artisans.verified("51.04");
        return roster.admit(setup.stageId(), artisan.businessId(), zone, List.of());
    }

    ExhibitorView reload(ExhibitorView exhibitor) {
        return roster.exhibitor(exhibitor.stageId(), exhibitor.businessId()).orElseThrow();
    }

    @Test
    void automaticAssignmentFillsEachZoneUpToItsCapacityAndListsTheRestWithoutABooth() {
        Setup setup = stages.stage(2, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        ExhibitorView silversmith = admit(setup, BoothZone.CRAFT);
        ExhibitorView carver = admit(setup, BoothZone.CRAFT);
        ExhibitorView cook = admit(setup, BoothZone.CULINARY);

        BoothsAssigned result = booths.assignAutomatically(setup.officer().id(), setup.exhibitionId(), setup.stageId());

        assertThat(result.withoutBooth()).extracting(ExhibitorView::id).containsExactly(carver.id());
        assertThat(List.of(reload(weaver).boothCode(), reload(silversmith).boothCode()))
                .containsExactlyInAnyOrder("K-01", "K-02");
        assertThat(reload(carver).boothCode()).isNull();
        assertThat(reload(cook).boothCode()).isEqualTo("F-01");
        BoothBoard board = booths.board(setup.officer().id(), setup.exhibitionId(), setup.stageId());
        assertThat(board.withoutBooth()).extracting(holder -> holder.exhibitor().id()).containsExactly(carver.id());
        assertThat(board.heldIn(BoothZone.CRAFT)).isEqualTo(2);

        // Drawing again changes nothing: the held booths stay and the zone is still full.
        booths.assignAutomatically(setup.officer().id(), setup.exhibitionId(), setup.stageId());
        assertThat(booths.board(setup.officer().id(), setup.exhibitionId(), setup.stageId()).holders())
                .isEqualTo(board.holders());
    }

    @Test
    void movingToABoothAnotherHoldsIsRefusedWithItsHolderNamedAndNothingChanges() {
        Setup setup = stages.stage(3, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        ExhibitorView silversmith = admit(setup, BoothZone.CRAFT);
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-01");
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), silversmith.id(), "k-02");

        assertThatThrownBy(() -> booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), silversmith.id(), "K-01"))
                .isInstanceOfSatisfying(ExhibitionRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exhibition.booths.rule.taken");
                    assertThat(e.arguments()[0]).isEqualTo("K-01");
                    assertThat(e.arguments()[1]).asString().startsWith("Tenun Ikat ");
                });

        assertThat(reload(weaver).boothCode()).isEqualTo("K-01");
        assertThat(reload(silversmith).boothCode()).isEqualTo("K-02");
    }

    @Test
    void aBoothMustBeInThePlanAndInTheExhibitorsZone() {
        Setup setup = stages.stage(3, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);

        assertThatThrownBy(() -> booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-99"))
                .hasMessage("exhibition.booths.rule.noSuchBooth");
        assertThatThrownBy(() -> booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "F-01"))
                .hasMessage("exhibition.booths.rule.otherZone");
        assertThat(reload(weaver).boothCode()).isNull();
    }

    @Test
    void aFullZoneTakesNoMoreByHand() {
        Setup setup = stages.stage(1, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        ExhibitorView carver = admit(setup, BoothZone.CRAFT);
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-01");

        assertThatThrownBy(() -> booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), carver.id(), "K-02"))
                .hasMessage("exhibition.booths.rule.zoneFull");
        // Moving within the zone is no new place: still allowed.
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-03");
        assertThat(reload(weaver).boothCode()).isEqualTo("K-03");
        assertThat(reload(carver).boothCode()).isNull();
    }

    @Test
    void twoExhibitorsOfOneZoneSwapBoothsAndAReleasedBoothIsFreeAgain() {
        Setup setup = stages.stage(3, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        ExhibitorView carver = admit(setup, BoothZone.CRAFT);
        ExhibitorView cook = admit(setup, BoothZone.CULINARY);
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-01");
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), carver.id(), "K-03");
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), cook.id(), "F-01");

        booths.swap(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), carver.id());
        assertThat(reload(weaver).boothCode()).isEqualTo("K-03");
        assertThat(reload(carver).boothCode()).isEqualTo("K-01");

        assertThatThrownBy(() -> booths.swap(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), cook.id()))
                .hasMessage("exhibition.booths.rule.swapOtherZone");
        booths.release(setup.officer().id(), setup.exhibitionId(), setup.stageId(), carver.id());
        assertThat(reload(carver).boothCode()).isNull();
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-01");
        assertThat(reload(weaver).boothCode()).isEqualTo("K-01");
    }

    @Test
    void theDatabaseItselfRefusesOneBoothForTwoExhibitorsOfAStage() {
        Setup setup = stages.stage(3, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        ExhibitorView carver = admit(setup, BoothZone.CRAFT);
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-01");

        assertThatThrownBy(() -> jdbc.update("update exhibition_exhibitor set booth_code = 'K-01' where id = ?", carver.id()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("exhibition_exhibitor_booth_once");
        assertThat(reload(carver).boothCode()).isNull();
    }

    @Test
    void ofTwoOfficersGivingOneBoothAtOnceOneWinsAndTheOtherIsToldNothingChanged() throws Exception {
        Setup setup = stages.stage(3, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        ExhibitorView carver = admit(setup, BoothZone.CRAFT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> moves = new ArrayList<>();
            for (ExhibitorView exhibitor : List.of(weaver, carver)) {
                moves.add(() -> {
                    try {
                        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), exhibitor.id(), "K-02");
                        return "moved";
                    } catch (ExhibitionRuleException e) {
                        return e.messageKey();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(moves)) {
                outcomes.add(outcome.get());
            }
            Collections.sort(outcomes);
            assertThat(outcomes).hasSize(2).contains("moved")
                    .anyMatch(outcome -> outcome.equals("exhibition.booths.rule.taken")
                            || outcome.equals("exhibition.booths.rule.takenMeanwhile"));
        } finally {
            pool.shutdown();
        }
        assertThat(Arrays.asList(reload(weaver).boothCode(), reload(carver).boothCode()))
                .containsExactlyInAnyOrder("K-02", null);
    }

    @Test
    void aVenuePlanKeepsTheBoothsHeldAtComingStages() {
        Setup setup = stages.stage(3, 1);
        ExhibitorView weaver = admit(setup, BoothZone.CRAFT);
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), weaver.id(), "K-02");
        VenueView before = exhibitions.venueOf(setup.officer().id(), setup.venueId());
        VenueDetails details = new VenueDetails(before.name(), before.address(), before.regionCode());

        assertThatThrownBy(() -> exhibitions.changeVenue(setup.officer().id(), setup.venueId(), details,
                "K-01;3x3 m;CRAFT;1;1\nK-03;3x3 m;CRAFT;1;3"))
                .isInstanceOfSatisfying(ExhibitionRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exhibition.booths.rule.heldInPlan");
                    assertThat(e.arguments()).containsExactly("K-02");
                });
        assertThatThrownBy(() -> exhibitions.changeVenue(setup.officer().id(), setup.venueId(), details,
                "K-01;3x3 m;CRAFT;1;1\nK-02;3x3 m;ART;1;2"))
                .hasMessage("exhibition.booths.rule.heldInPlan");
        assertThat(exhibitions.venueOf(setup.officer().id(), setup.venueId())).isEqualTo(before);

        // A free booth may go, and a held one may move on the grid.
        exhibitions.changeVenue(setup.officer().id(), setup.venueId(), details, "K-02;3x3 m;CRAFT;2;2\nF-01;2x2 m;CULINARY;2;1");
        assertThat(exhibitions.venueOf(setup.officer().id(), setup.venueId()).booths()).hasSize(2);
    }

    @Test
    void anOnlineStageHasNoBooths() {
        Setup setup = stages.onlineStage();
        ExhibitorView painter = admit(setup, BoothZone.ART);

        assertThatThrownBy(() -> booths.assignAutomatically(setup.officer().id(), setup.exhibitionId(), setup.stageId()))
                .hasMessage("exhibition.booths.rule.online");
        assertThatThrownBy(() -> booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), painter.id(), "K-01"))
                .hasMessage("exhibition.booths.rule.online");
        assertThat(booths.board(setup.officer().id(), setup.exhibitionId(), setup.stageId()).isOnline()).isTrue();
    }

    @Test
    void aSheetCarriesTheStageTheBoothAndTheProductsInTheirOrder() {
        Setup setup = stages.stage(3, 1);
        Artisan weaver = artisans.verified("51.04");
        var scarf = artisans.published(weaver, aProduct().titled("Selendang Endek"));
        var cloth = artisans.published(weaver, aProduct().titled("Kain Songket"));
        ExhibitorView exhibitor = roster.admit(setup.stageId(), weaver.businessId(), BoothZone.CRAFT,
                List.of(cloth.id(), scarf.id()));
        booths.move(setup.officer().id(), setup.exhibitionId(), setup.stageId(), exhibitor.id(), "K-03");

        ExhibitorSheet sheet = booths.sheetOf(weaver.user().id(), setup.stageId());

        assertThat(sheet.booth().code()).isEqualTo("K-03");
        assertThat(sheet.booth().size()).isEqualTo("3x3 m");
        assertThat(sheet.stage().start()).isEqualTo(setup.stage().start());
        assertThat(sheet.products()).extracting(product -> product.title()).containsExactly("Kain Songket", "Selendang Endek");
        assertThat(booths.sheetsOf(weaver.user().id())).extracting(s -> s.stage().id()).containsExactly(setup.stageId());
    }
}
