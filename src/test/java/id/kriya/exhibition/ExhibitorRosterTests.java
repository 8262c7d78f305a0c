package id.kriya.exhibition;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.CuratedProducts;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.booth.BoothZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@KriyaWebTest
class ExhibitorRosterTests {

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    CuratedProducts curated;

    @Autowired
    TransactionTemplate transactions;

    ExhibitionView twoStages(KriyaUser officer) {
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(),
                new ExhibitionDetails("Pameran " + ArtisanMother.token(), "Cerita.", "51", ExhibitionMode.ONLINE));
        LocalDate start = exhibitions.today().plusYears(5);
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Tahap I", start, start.plusDays(6),
                null, Map.of(BoothZone.CRAFT, 10)));
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(2, "Tahap II", start.plusDays(30),
                start.plusDays(36), null, Map.of(BoothZone.CRAFT, 10)));
        return exhibitions.exhibitionOf(officer.id(), exhibition.id());
    }

    @Test
    void admitsAnIkmOncePerStageAndCountsItsEarlierStagesForRotation() {
        ExhibitionView exhibition = twoStages(people.officerOf("51"));
        StageView first = exhibition.stages().get(0);
        StageView second = exhibition.stages().get(1);
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct());
        ProductView scarf = artisans.published(weaver, aProduct());

        roster.admit(first.id(), weaver.businessId(), BoothZone.CRAFT, List.of(cloth.id()));
        ExhibitorView again = roster.admit(first.id(), weaver.businessId(), BoothZone.CRAFT,
                List.of(scarf.id(), cloth.id(), scarf.id()));
        roster.admit(second.id(), weaver.businessId(), BoothZone.CRAFT, List.of(cloth.id()));

        assertThat(roster.exhibitorsOf(first.id())).containsExactly(again);
        assertThat(again.productIds()).containsExactly(scarf.id(), cloth.id());
        assertThat(roster.appearancesBefore(List.of(weaver.businessId()), second.start()))
                .containsEntry(weaver.businessId(), 1L);
        assertThat(roster.appearancesBefore(List.of(weaver.businessId()), first.start())).isEmpty();
        assertThat(roster.exhibition(exhibition.id())).contains(exhibition);

        roster.withdraw(first.id(), weaver.businessId());
        assertThat(roster.exhibitorsOf(first.id())).isEmpty();
        assertThat(roster.stagesOf(weaver.businessId())).extracting(ExhibitorView::stageId).containsExactly(second.id());
    }

    @Test
    void admitsOnlyToAStageThatExists() {
        assertThatThrownBy(() -> roster.admit(Long.MAX_VALUE, 1, BoothZone.CRAFT, List.of()))
                .isInstanceOf(ExhibitionNotFoundException.class);
    }

    @Test
    void curatedProductsKeepTheirFirstMark() {
        Artisan weaver = artisans.verified("51.04");
        ProductView cloth = artisans.published(weaver, aProduct());
        assertThat(cloth.isCurated()).isFalse();

        transactions.executeWithoutResult(status -> curated.mark(List.of(cloth.id())));
        ProductView marked = artisans.reload(weaver, cloth.id());
        transactions.executeWithoutResult(status -> curated.mark(List.of(cloth.id())));

        assertThat(marked.isCurated()).isTrue();
        assertThat(artisans.reload(weaver, cloth.id()).curatedAt()).isEqualTo(marked.curatedAt());
    }
}
