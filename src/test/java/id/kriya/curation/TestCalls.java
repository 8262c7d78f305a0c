package id.kriya.curation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kriya.account.AccountManagement;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.ProductMother;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.booth.BoothZone;
import org.springframework.stereotype.Component;

/** Calls for tests: a province exhibition with two online stages far ahead, and a call open for a week. */
@Component
public class TestCalls {

    public static final List<Criterion> RUBRIC = List.of(
            new Criterion("Kualitas karya", "Quality of work", 40),
            new Criterion("Keaslian", "Authenticity", 40),
            new Criterion("Kemasan", "Packaging", 20));

    private final TestPeople people;
    private final AccountManagement accounts;
    private final ExhibitionManagement exhibitions;
    private final CallManagement calls;
    private final Clock clock;
    private final TestArtisans artisans;
    private final Applying applying;

    TestCalls(TestPeople people, AccountManagement accounts, ExhibitionManagement exhibitions, CallManagement calls,
              Clock clock, TestArtisans artisans, Applying applying) {
        this.artisans = artisans;
        this.applying = applying;
        this.people = people;
        this.accounts = accounts;
        this.exhibitions = exhibitions;
        this.calls = calls;
        this.clock = clock;
    }

    /** An officer of the province, the exhibition and its open call. */
    public record OpenCall(KriyaUser officer, ExhibitionView exhibition, long callId) {

        public long firstStage() {
            return exhibition.stages().get(0).id();
        }

        public long secondStage() {
            return exhibition.stages().get(1).id();
        }
    }

    /** A verified IKM of the regency, its published product, and its application to the call with it. */
    public record Applicant(Artisan artisan, ProductView product, ApplicationView application) {
    }

    public Applicant applicant(OpenCall call, String regionCode, ProductMother product, String statement) {
        Artisan artisan = artisans.verified(regionCode);
        ProductView published = artisans.published(artisan, product);
        ApplicationView application = applying.apply(artisan.user().id(), call.callId(),
                new Entry(List.of(published.id()), statement, BoothZone.CRAFT, null));
        return new Applicant(artisan, published, application);
    }

    public OpenCall open() {
        return open(false, Map.of());
    }

    public OpenCall open(boolean excludeOwnCouncil, Map<String, Integer> regionQuotas) {
        return open(excludeOwnCouncil, regionQuotas, 3);
    }

    /** A call whose exhibition's first stage starts this many years from now. */
    public OpenCall open(boolean excludeOwnCouncil, Map<String, Integer> regionQuotas, int yearsAhead) {
        KriyaUser officer = people.officerOf("51");
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(),
                new ExhibitionDetails("Pameran " + ArtisanMother.token(), "Cerita.", "51", ExhibitionMode.ONLINE));
        LocalDate start = LocalDate.now(clock).plusYears(yearsAhead);
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Tahap Satu", start, start.plusDays(6),
                null, Map.of()));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(2, "Tahap Dua", start.plusDays(30),
                start.plusDays(36), null, Map.of()));
        ExhibitionView withStages = exhibitions.exhibitionOf(officer.id(), exhibition.id());
        long callId = calls.open(officer.id(), exhibition.id(), details(withStages, excludeOwnCouncil, regionQuotas));
        return new OpenCall(officer, withStages, callId);
    }

    public CallDetails details(ExhibitionView exhibition, boolean excludeOwnCouncil, Map<String, Integer> regionQuotas) {
        Instant now = clock.instant();
        return new CallDetails("Panggilan " + exhibition.title(),
                exhibition.stages().stream().map(stage -> stage.id()).toList(), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), 3, 500, 5, 50, excludeOwnCouncil, now.plus(Duration.ofDays(14)),
                Set.of(), Set.of(), RUBRIC, regionQuotas, Map.of(BoothZone.CRAFT, 2));
    }

    /** A curator from the council with this code, assigned to the call. */
    public KriyaUser curator(OpenCall call, String homeCouncil) {
        KriyaUser person = people.buyer();
        accounts.grant(person.id(), Role.CURATOR);
        calls.assignCurator(call.officer().id(), call.callId(), person.email(), homeCouncil);
        return people.reload(person);
    }

    /** A curator nobody assigned to anything. */
    public KriyaUser unassignedCurator() {
        KriyaUser person = people.buyer();
        accounts.grant(person.id(), Role.CURATOR);
        return people.reload(person);
    }
}
