package id.kriya.exhibition.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kriya.artisan.ArtisanDirectory;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.council.CouncilManagement;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.StageView;
import id.kriya.exhibition.report.StageSalesSource.Sales;
import id.kriya.ordering.sales.SalesQueries;
import id.kriya.shared.Bali;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for the officers of the organising council (and the councils above it): another council's exhibition, or a
 * stage of another exhibition, is not found for them. Online sales count the exhibitors' shown products in orders
 * paid during the stage's days, Bali time (an order once however many of them it holds); booth sales and visitors
 * come from the {@link StageSalesSource}. Reads in batches: per stage the roster, its businesses, its products and
 * its online sales in one query each.
 */
@Service
@Transactional(readOnly = true)
public class ExhibitionReports {


    private final ExhibitionManagement exhibitions;
    private final ExhibitorRoster roster;
    private final ArtisanDirectory artisans;
    private final ProductCatalog catalog;
    private final CouncilManagement councils;
    private final SalesQueries sales;
    private final StageSalesSource booths;

    ExhibitionReports(ExhibitionManagement exhibitions, ExhibitorRoster roster, ArtisanDirectory artisans,
                      ProductCatalog catalog, CouncilManagement councils, SalesQueries sales,
                      StageSalesSource booths) {
        this.exhibitions = exhibitions;
        this.roster = roster;
        this.artisans = artisans;
        this.catalog = catalog;
        this.councils = councils;
        this.sales = sales;
        this.booths = booths;
    }

    /** The whole exhibition with a section per stage. */
    public ExhibitionReport ofExhibition(long officerId, long exhibitionId) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(officerId, exhibitionId);
        List<StageReport> stages = exhibition.stages().stream().map(this::report).toList();
        return new ExhibitionReport(exhibition, ReportMath.whole(stages), stages);
    }

    /** One stage of the exhibition. */
    public ExhibitionReport ofStage(long officerId, long exhibitionId, long stageId) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(officerId, exhibitionId);
        StageView stage = exhibition.stage(stageId).orElseThrow(ExhibitionNotFoundException::new);
        return new ExhibitionReport(exhibition, report(stage), List.of());
    }

    private StageReport report(StageView stage) {
        List<ExhibitorView> roster = this.roster.exhibitorsOf(stage.id());
        Set<Long> productIds = new LinkedHashSet<>();
        roster.forEach(exhibitor -> productIds.addAll(exhibitor.productIds()));
        Map<Long, ArtisanProfile> businesses = artisans.verified(roster.stream().map(ExhibitorView::businessId).toList());
        Map<String, String> areaNames = councils.areaNames();
        List<ReportExhibitor> exhibitors = new ArrayList<>();
        for (ExhibitorView exhibitor : roster) {
            ArtisanProfile business = businesses.get(exhibitor.businessId());
            String regionCode = business == null ? "" : business.regionCode();
            exhibitors.add(new ReportExhibitor(exhibitor.businessId(),
                    business == null ? "#" + exhibitor.businessId() : business.name(), regionCode,
                    areaNames.getOrDefault(regionCode, regionCode),
                    business == null ? null : business.crafts().stream().findFirst().orElse(null),
                    exhibitor.boothCode(), exhibitor.productIds()));
        }
        Instant from = stage.start().atStartOfDay(Bali.ZONE).toInstant();
        Instant to = stage.end().plusDays(1).atStartOfDay(Bali.ZONE).toInstant();
        Map<Long, Sales> boothByProduct = booths.boothSalesByProduct(stage.id());
        return ReportMath.stage(stage, exhibitors, sales.paidLinesOf(productIds, from, to), booths, boothByProduct,
                titles(productIds, boothByProduct.keySet()));
    }

    private Map<Long, String> titles(Collection<Long> shown, Collection<Long> soldAtBooths) {
        Set<Long> ids = new LinkedHashSet<>(shown);
        ids.addAll(soldAtBooths);
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            catalog.findAll(ids).forEach(product -> titles.put(product.id(), product.title()));
        }
        return titles;
    }

}
