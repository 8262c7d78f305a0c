package id.kriya.curation;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.kriya.KriyaWebTest;
import id.kriya.MutableClock;
import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.curation.TestCalls.Applicant;
import id.kriya.curation.TestCalls.OpenCall;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.notification.TestOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@KriyaWebTest
@Import(MutableClock.Configuration.class)
class CurationRulesTests {

    static final String STATEMENT = "Kami menenun dengan pewarna alam dan menjaga motif lama.";

    @Autowired
    MutableClock clock;

    @Autowired
    TestCalls calls;

    @Autowired
    TestArtisans artisans;

    @Autowired
    Applying applying;

    @Autowired
    CuratorDesk desk;

    @Autowired
    CallManagement management;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationContext context;

    Instant started;

    @BeforeEach
    void fromRealTime() {
        started = clock.notAheadOfRealTime();
    }

    @AfterEach
    void turnTheClockBack() {
        clock.setTo(started);
    }

    Applicant applicant(OpenCall call, String regionCode) {
        return calls.applicant(call, regionCode, aProduct(), STATEMENT);
    }

    int applicationsIn(OpenCall call) {
        return jdbc.queryForObject("select count(*) from curation_application where call_id = ?", Integer.class,
                call.callId());
    }

    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(CurationRuleException.class)
                .extracting(e -> ((CurationRuleException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void applicationsAfterTheDeadlineAreRefusedAndChangeNothing() {
        OpenCall call = calls.open();
        Applicant early = applicant(call, "51.04");
        Artisan late = artisans.verified("51.04");
        ProductView cloth = artisans.published(late, aProduct());
        clock.advance(Duration.ofDays(8));

        refused(() -> applying.apply(late.user().id(), call.callId(),
                new Entry(List.of(cloth.id()), STATEMENT, BoothZone.CRAFT, null)), "curation.rule.deadlinePassed");
        refused(() -> applying.change(early.artisan().user().id(), call.callId(),
                new Entry(List.of(early.product().id()), "Diubah.", BoothZone.ART, null)), "curation.rule.deadlinePassed");
        refused(() -> applying.withdraw(early.artisan().user().id(), call.callId()), "curation.rule.deadlinePassed");

        assertThat(applicationsIn(call)).isEqualTo(1);
        assertThat(applying.call(early.artisan().user().id(), call.callId()).application().statement()).isEqualTo(STATEMENT);
    }

    @Test
    void anIkmAppliesOnlyWithItsOwnPublicProductsAndOnlyOnce() {
        OpenCall call = calls.open();
        Applicant other = applicant(call, "51.71");
        Artisan weaver = artisans.verified("51.04");
        ProductView own = artisans.published(weaver, aProduct());
        ProductView draft = artisans.draft(weaver, aProduct().titled("Selendang belum tayang"));

        refused(() -> applying.apply(weaver.user().id(), call.callId(),
                new Entry(List.of(own.id(), other.product().id()), STATEMENT, BoothZone.CRAFT, null)),
                "curation.rule.notYourProduct");
        refused(() -> applying.apply(weaver.user().id(), call.callId(),
                new Entry(List.of(draft.id()), STATEMENT, BoothZone.CRAFT, null)), "curation.rule.productNotPublic");
        assertThat(applicationsIn(call)).isEqualTo(1);

        applying.apply(weaver.user().id(), call.callId(), new Entry(List.of(own.id()), STATEMENT, BoothZone.CRAFT, null));
        refused(() -> applying.apply(weaver.user().id(), call.callId(),
                new Entry(List.of(own.id()), "Lagi.", BoothZone.CRAFT, null)), "curation.rule.alreadyApplied");
        assertThat(applicationsIn(call)).isEqualTo(2);
    }

    @Test
    void theDatabaseKeepsOneApplicationPerBusinessAndScoresOnTheScale() {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");

        assertThatThrownBy(() -> jdbc.update("insert into curation_application (call_id, business_id, region_code, "
                + "blind_code, statement, zone, status, submitted_at, updated_at) values (?, ?, '51.04', 'X-1', 's', "
                + "'CRAFT', 'SUBMITTED', now(), now())", call.callId(), applicant.artisan().businessId()))
                .hasMessageContaining("curation_application_once");
        assertThatThrownBy(() -> jdbc.update("insert into curation_criterion (call_id, position, name_id, name_en, "
                + "weight) values (?, 9, 'x', 'x', 0)", call.callId()))
                .hasMessageContaining("curation_criterion_weight");
    }

    @Test
    void anApplicantChangesTheirEntryUntilTheDeadlineAndThenOnlyReadsIt() {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        long owner = applicant.artisan().user().id();

        applying.change(owner, call.callId(), new Entry(List.of(applicant.product().id()), "Pernyataan baru yang lebih jelas.",
                BoothZone.FASHION, call.secondStage()));
        applying.withdraw(owner, call.callId());
        assertThat(applying.applicationsOf(owner)).extracting(mine -> mine.application().status())
                .containsExactly(ApplicationStatus.WITHDRAWN);
        applying.change(owner, call.callId(), new Entry(List.of(applicant.product().id()), "Kembali melamar.",
                BoothZone.CRAFT, null));

        ApplicationView now = applying.call(owner, call.callId()).application();
        assertThat(now.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(now.statement()).isEqualTo("Kembali melamar.");
        assertThat(now.blindCode()).matches("A-\\d{4}").isEqualTo(applicant.application().blindCode());
    }

    @Test
    void curatorsScoreOnlyOnTheScaleOnlyWhileScoringIsOpenAndRevise() {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        KriyaUser curator = calls.curator(call, "51.71");
        String code = applicant.application().blindCode();

        assertThatThrownBy(() -> desk.score(curator.id(), call.callId(), code, List.of(4, 4, 4), null))
                .as("applications stay out of sight while entries are open")
                .isInstanceOf(CurationNotFoundException.class);
        clock.advance(Duration.ofDays(8));
        refused(() -> desk.score(curator.id(), call.callId(), code, List.of(4, 6, 4), null),
                "curation.rule.scoreOutOfScale");
        refused(() -> desk.score(curator.id(), call.callId(), code, List.of(0, 4, 4), null),
                "curation.rule.scoreOutOfScale");
        refused(() -> desk.score(curator.id(), call.callId(), code, List.of(4, 4), null), "curation.rule.scoreMissing");
        assertThat(desk.application(curator.id(), call.callId(), code).isScored()).isFalse();

        desk.score(curator.id(), call.callId(), code, List.of(3, 3, 3), "Kemasan kurang rapi.");
        desk.score(curator.id(), call.callId(), code, List.of(5, 4, 3), "Kemasan masih kurang rapi.");
        assertThat(desk.application(curator.id(), call.callId(), code).myScores()).containsExactly(5, 4, 3);

        management.closeScoring(call.officer().id(), call.callId());
        refused(() -> desk.score(curator.id(), call.callId(), code, List.of(1, 1, 1), null),
                "curation.rule.scoringClosed");
        ApplicationResult result = management.results(call.officer().id(), call.callId()).get(0);
        // 40·5/5 + 40·4/5 + 20·3/5 = 40 + 32 + 12
        assertThat(result.average()).isEqualTo(84.0);
        assertThat(result.scores()).extracting(ApplicationResult.CuratorScore::comment)
                .containsExactly("Kemasan masih kurang rapi.");
    }

    @Test
    void curatorsAreKeptOffApplicantsOfTheirOwnCouncilWhenTheCallSaysSo() {
        OpenCall call = calls.open(true, Map.of());
        Applicant gianyar = applicant(call, "51.04");
        Applicant denpasar = applicant(call, "51.71");
        KriyaUser fromGianyar = calls.curator(call, "51.04");
        clock.advance(Duration.ofDays(8));

        assertThat(desk.applications(fromGianyar.id(), call.callId())).extracting(CuratorDesk.BlindLine::code)
                .containsExactly(denpasar.application().blindCode());
        refused(() -> desk.score(fromGianyar.id(), call.callId(), gianyar.application().blindCode(), List.of(5, 5, 5),
                null), "curation.rule.ownCouncil");
        assertThat(jdbc.queryForObject("select count(*) from curation_scoresheet where curator_id = ?", Integer.class,
                fromGianyar.id())).isZero();
    }

    @Test
    void aCuratorRemovedBeforeTheProposalNoLongerWeighsAndThePanelStaysOnceProposed() {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        KriyaUser stays = calls.curator(call, "51.71");
        KriyaUser leaves = calls.curator(call, "51.03");
        clock.advance(Duration.ofDays(8));
        String code = applicant.application().blindCode();
        desk.score(stays.id(), call.callId(), code, List.of(5, 5, 5), null);
        desk.score(leaves.id(), call.callId(), code, List.of(1, 1, 1), null);

        management.removeCurator(call.officer().id(), call.callId(), leaves.id());
        management.closeScoring(call.officer().id(), call.callId());
        management.propose(call.officer().id(), call.callId());

        assertThat(management.results(call.officer().id(), call.callId()).get(0).average()).isEqualTo(100.0);
        refused(() -> management.removeCurator(call.officer().id(), call.callId(), stays.id()),
                "curation.rule.panelFixed");
    }

    @Test
    void aStageIsFilledByOneCallOnly() {
        OpenCall call = calls.open();

        refused(() -> management.open(call.officer().id(), call.exhibition().id(),
                calls.details(call.exhibition(), false, Map.of())), "curation.rule.stageInAnotherCall");
        assertThat(management.callsOf(call.officer().id())).filteredOn(found -> found.exhibitionId() == call.exhibition().id())
                .hasSize(1);
    }

    @Test
    void aDoubleTapOnSaveScoresOnceAndRaisesNoError() throws Exception {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        KriyaUser curator = calls.curator(call, "51.71");
        clock.advance(Duration.ofDays(8));
        String code = applicant.application().blindCode();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService taps = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                done.add(taps.submit(() -> {
                    start.await();
                    desk.score(curator.id(), call.callId(), code, List.of(4, 4, 4), null);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> tap : done) {
                tap.get();
            }
        } finally {
            taps.shutdown();
        }

        assertThat(jdbc.queryForObject("select count(*) from curation_scoresheet where curator_id = ?", Integer.class,
                curator.id())).isEqualTo(1);
    }

    @Test
    void aCuratorNeverSeesOrScoresAnApplicationOfTheirOwnBusiness() {
        OpenCall call = calls.open();
        Applicant own = applicant(call, "51.04");
        Applicant other = applicant(call, "51.71");
        accounts.grant(own.artisan().user().id(), Role.CURATOR);
        management.assignCurator(call.officer().id(), call.callId(), own.artisan().user().email(), "51.03");
        clock.advance(Duration.ofDays(8));

        assertThat(desk.applications(own.artisan().user().id(), call.callId())).extracting(CuratorDesk.BlindLine::code)
                .containsExactly(other.application().blindCode());
        refused(() -> desk.score(own.artisan().user().id(), call.callId(), own.application().blindCode(),
                List.of(5, 5, 5), null), "curation.rule.ownCouncil");
    }

    @Test
    void aCuratorNotAssignedFindsNothing() {
        OpenCall call = calls.open();
        Applicant applicant = applicant(call, "51.04");
        KriyaUser stranger = calls.unassignedCurator();
        clock.advance(Duration.ofDays(8));

        assertThat(desk.callsOf(stranger.id())).isEmpty();
        assertThatThrownBy(() -> desk.score(stranger.id(), call.callId(), applicant.application().blindCode(),
                List.of(5, 5, 5), null)).isInstanceOf(CurationNotFoundException.class);
    }

    @Test
    void publishingAdmitsTheSelectedMarksTheirProductsAndTellsEveryApplicant() {
        OpenCall call = calls.open(false, Map.of("51.04", 1));
        Applicant best = applicant(call, "51.04");
        Applicant sameRegency = applicant(call, "51.04");
        Applicant weak = applicant(call, "51.71");
        KriyaUser curator = calls.curator(call, "51.71");
        clock.advance(Duration.ofDays(8));
        desk.score(curator.id(), call.callId(), best.application().blindCode(), List.of(5, 5, 5), "Sangat baik.");
        desk.score(curator.id(), call.callId(), sameRegency.application().blindCode(), List.of(4, 4, 4), null);
        desk.score(curator.id(), call.callId(), weak.application().blindCode(), List.of(1, 2, 1), "Belum siap.");

        refused(() -> management.propose(call.officer().id(), call.callId()), "curation.rule.scoringStillOpen");
        management.closeScoring(call.officer().id(), call.callId());
        management.propose(call.officer().id(), call.callId());
        Map<Long, ApplicationResult> proposal = proposal(call);
        assertThat(proposal.get(best.application().id()).proposedStageId()).isEqualTo(call.firstStage());
        assertThat(proposal.get(sameRegency.application().id()).proposedStageId())
                .as("Gianyar's quota of one per stage").isEqualTo(call.secondStage());
        assertThat(proposal.get(weak.application().id()).proposedOutcome()).isEqualTo(ApplicationStatus.NOT_SELECTED);

        refused(() -> management.adjust(call.officer().id(), call.callId(), sameRegency.application().id(),
                ApplicationStatus.WAITLISTED, null, " "), "curation.rule.reasonMissing");
        management.adjust(call.officer().id(), call.callId(), sameRegency.application().id(),
                ApplicationStatus.WAITLISTED, null, "Produknya sama dengan peserta tahap satu.");
        assertThat(management.adjustments(call.officer().id(), call.callId()))
                .extracting(AdjustmentView::reason, AdjustmentView::fromStageId, AdjustmentView::toOutcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Produknya sama dengan peserta tahap satu.",
                        call.secondStage(), ApplicationStatus.WAITLISTED));

        management.publish(call.officer().id(), call.callId());

        assertThat(roster.exhibitorsOf(call.firstStage())).extracting(ExhibitorView::businessId)
                .containsExactly(best.artisan().businessId());
        assertThat(roster.exhibitorsOf(call.secondStage())).isEmpty();
        assertThat(catalog.find(best.product().id()).orElseThrow().isCurated()).isTrue();
        assertThat(catalog.find(sameRegency.product().id()).orElseThrow().isCurated()).isFalse();
        assertThat(applying.applicationsOf(sameRegency.artisan().user().id()))
                .extracting(mine -> mine.application().status()).containsExactly(ApplicationStatus.WAITLISTED);
        refused(() -> management.publish(call.officer().id(), call.callId()), "curation.rule.published");

        TestOutbox outbox = new TestOutbox(context);
        assertThat(outbox.awaitMailTo(best.artisan().user().email(), "curationSelected").body())
                .contains("Tahap Satu").contains("/my/applications/" + call.callId());
        outbox.awaitMailTo(sameRegency.artisan().user().email(), "curationWaitlisted");
        outbox.awaitMailTo(weak.artisan().user().email(), "curationNotSelected");
    }

    @Test
    void rotationLetsAnIkmThatHasNotShownGoFirst() {
        OpenCall earlier = calls.open(false, Map.of(), 2);
        OpenCall call = calls.open(false, Map.of(), 3);
        Applicant veteran = applicant(call, "51.04");
        Applicant newcomer = applicant(call, "51.04");
        Applicant third = applicant(call, "51.04");
        // The veteran showed at a stage of another exhibition a year before this call's first.
        roster.admit(earlier.firstStage(), veteran.artisan().businessId(), BoothZone.CRAFT, List.of());
        KriyaUser curator = calls.curator(call, "51.71");
        clock.advance(Duration.ofDays(8));
        desk.score(curator.id(), call.callId(), veteran.application().blindCode(), List.of(5, 5, 5), null);
        desk.score(curator.id(), call.callId(), newcomer.application().blindCode(), List.of(4, 4, 4), null);
        desk.score(curator.id(), call.callId(), third.application().blindCode(), List.of(3, 4, 4), null);
        management.closeScoring(call.officer().id(), call.callId());
        management.propose(call.officer().id(), call.callId());

        Map<Long, ApplicationResult> proposal = proposal(call);
        assertThat(proposal.get(veteran.application().id()).appearances()).isEqualTo(1);
        assertThat(proposal.get(newcomer.application().id()).proposedStageId()).isEqualTo(call.firstStage());
        assertThat(proposal.get(third.application().id()).proposedStageId()).isEqualTo(call.firstStage());
        assertThat(proposal.get(veteran.application().id()).proposedStageId())
                .as("two craft seats a stage: the veteran waits for the second").isEqualTo(call.secondStage());
    }

    Map<Long, ApplicationResult> proposal(OpenCall call) {
        return management.results(call.officer().id(), call.callId()).stream()
                .collect(java.util.stream.Collectors.toMap(result -> result.application().id(), result -> result));
    }
}
