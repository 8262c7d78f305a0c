package id.kriya.exhibition.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.booth.BoothZone;
import org.springframework.stereotype.Component;

/** A stage of a fresh province exhibition on the given days, with exhibitors admitted as curation would. */
@Component
public class TestSaleStages {

    private final TestPeople people;
    private final ExhibitionManagement exhibitions;
    private final ExhibitorRoster roster;

    TestSaleStages(TestPeople people, ExhibitionManagement exhibitions, ExhibitorRoster roster) {
        this.people = people;
        this.exhibitions = exhibitions;
        this.roster = roster;
    }

    public record Stage(KriyaUser officer, ExhibitionView exhibition, StageView stage) {

        public long id() {
            return stage.id();
        }
    }

    /** A stage running from {@code daysFromToday} days away for {@code days} days, by Bali's date. */
    public Stage stage(int daysFromToday, int days) {
        KriyaUser officer = people.officerOf("51");
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(), new ExhibitionDetails(
                "Pameran IKM " + ArtisanMother.token(), "Cerita pameran.", "51", ExhibitionMode.HYBRID));
        LocalDate start = exhibitions.today().plusDays(daysFromToday);
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Tahap I", start,
                start.plusDays(days - 1L), null, Map.of(BoothZone.CRAFT, 10, BoothZone.CULINARY, 4)));
        ExhibitionView withStage = exhibitions.exhibitionOf(officer.id(), exhibition.id());
        return new Stage(officer, withStage, withStage.stages().get(0));
    }

    /** A stage that started two days ago and ends in three. */
    public Stage onNow() {
        return stage(-2, 6);
    }

    public void admit(Stage stage, Artisan artisan, Long... productIds) {
        roster.admit(stage.id(), artisan.businessId(), BoothZone.CRAFT, List.of(productIds));
    }
}
