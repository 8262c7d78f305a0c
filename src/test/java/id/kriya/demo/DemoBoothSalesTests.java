package id.kriya.demo;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.exhibition.sales.BoothSales;
import id.kriya.exhibition.sales.BoothSalesSummary;
import id.kriya.exhibition.sales.SalesTotals;
import id.kriya.exhibition.sales.TestSaleStages.Stage;
import id.kriya.exhibition.sales.TestSaleStages;
import id.kriya.exhibition.sales.VisitorCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class DemoBoothSalesTests {

    @Autowired
    DemoBoothSales demo;

    @Autowired
    TestSaleStages booths;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    BoothSales sales;

    @Autowired
    VisitorCounts visitors;

    @Test
    void aPastStageGetsSalesOfEveryKindAndAVisitorCountForEveryDay() {
        Stage stage = booths.stage(-20, 7);
        Artisan weaver = artisans.verified("51.04");
        Artisan cook = artisans.verified("51.71");
        ProductView cloth = artisans.published(weaver, aProduct().titled("Kain Endek Demo").limited(40));
        ProductView painting = artisans.published(weaver, aProduct().titled("Lukisan Satu-satunya").oneOfAKind());
        roster.admit(stage.id(), weaver.businessId(), BoothZone.CRAFT, List.of(cloth.id(), painting.id()));
        roster.admit(stage.id(), cook.businessId(), BoothZone.CULINARY, List.of());

        int entered = demo.record(stage.id());

        BoothSalesSummary summary = sales.summaryOf(stage.id());
        assertThat(entered).isBetween(2 * 7 * 2, 2 * 7 * 4);
        assertThat(summary.total().sales()).isEqualTo(entered);
        assertThat(summary.exhibitors()).extracting(BoothSalesSummary.ExhibitorSales::businessId)
                .containsExactlyInAnyOrder(weaver.businessId(), cook.businessId());
        assertThat(summary.exhibitors()).extracting(BoothSalesSummary.ExhibitorSales::totals)
                .allSatisfy(totals -> assertThat(totals.revenue().isPositive()).isTrue());
        assertThat(summary.total().qris().isPositive()).isTrue();
        assertThat(summary.total().cash().isPositive()).isTrue();
        assertThat(summary.items()).anySatisfy(item -> assertThat(item.productId()).isEqualTo(cloth.id()));
        assertThat(summary.items()).anySatisfy(item -> {
            assertThat(item.businessId()).isEqualTo(cook.businessId());
            assertThat(item.isProduct()).isFalse();
        });
        assertThat(summary.days()).hasSize(7);
        assertThat(artisans.reload(weaver, painting.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(artisans.reload(weaver, cloth.id()).stock()).isGreaterThanOrEqualTo(3);
        assertThat(visitors.of(stage.id()).days()).hasSize(7).allSatisfy((day, count) -> assertThat(count).isBetween(400, 1249));
    }

    @Test
    void aStageWithoutExhibitorsGetsVisitorsOnly() {
        Stage stage = booths.stage(-9, 3);

        assertThat(demo.record(stage.id())).isZero();

        assertThat(sales.summaryOf(stage.id()).total()).isEqualTo(SalesTotals.NONE);
        assertThat(visitors.of(stage.id()).days()).hasSize(3);
    }
}
