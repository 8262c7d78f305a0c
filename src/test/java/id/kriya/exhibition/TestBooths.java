package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.exhibition.booth.BoothZone;
import org.springframework.stereotype.Component;

/** Stages with booths for booth tests: a fresh venue each time, so stages never meet at one venue. */
@Component
public class TestBooths {

    /** Three craft booths and one culinary booth, in a row and below it. */
    public static final String PLAN = "K-01;3x3 m;CRAFT;1;1\nK-02;3x3 m;CRAFT;1;2\nK-03;3x3 m;CRAFT;1;3\nF-01;2x2 m;CULINARY;2;1";

    private final TestPeople people;
    private final ExhibitionManagement exhibitions;

    TestBooths(TestPeople people, ExhibitionManagement exhibitions) {
        this.people = people;
        this.exhibitions = exhibitions;
    }

    /** A stage, its exhibition and venue, and the province officer who set them up. */
    public record Setup(KriyaUser officer, ExhibitionView exhibition, StageView stage, long venueId) {

        public long exhibitionId() {
            return exhibition.id();
        }

        public long stageId() {
            return stage.id();
        }
    }

    /** A hybrid exhibition of the Bali council with one coming stage in Denpasar, and these capacities. */
    public Setup stage(int craft, int culinary) {
        KriyaUser officer = people.officerOf("51");
        long venue = exhibitions.addVenue(officer.id(),
                new VenueDetails("Gedung " + ArtisanMother.token(), "Jl. Nusa Indah, Denpasar", "51.71"), PLAN);
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran IKM Bali Bangkit " + ArtisanMother.token(), "Cerita.", "51", ExhibitionMode.HYBRID));
        LocalDate start = exhibitions.today().plusDays(60);
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "IKM Gianyar", start, start.plusDays(6),
                venue, Map.of(BoothZone.CRAFT, craft, BoothZone.CULINARY, culinary)));
        ExhibitionView saved = exhibitions.exhibitionOf(officer.id(), exhibition.id());
        return new Setup(officer, saved, saved.stages().get(0), venue);
    }

    /** An online-only exhibition with one stage. */
    public Setup onlineStage() {
        KriyaUser officer = people.officerOf("51");
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran Daring " + ArtisanMother.token(), "Cerita.", "51", ExhibitionMode.ONLINE));
        LocalDate start = exhibitions.today().plusDays(10);
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Daring", start, start.plusDays(6),
                null, Map.of(BoothZone.ART, 10)));
        ExhibitionView saved = exhibitions.exhibitionOf(officer.id(), exhibition.id());
        return new Setup(officer, saved, saved.stages().get(0), 0);
    }
}
