package id.kriya.exhibition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.exhibition.booth.BoothBoard;
import id.kriya.exhibition.booth.BoothDraw;
import id.kriya.exhibition.booth.BoothHolder;
import id.kriya.exhibition.booth.BoothView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.exhibition.booth.ExhibitorSheet;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booths for a stage's exhibitors: drawn automatically by zone ({@link BoothDraw} says how), moved or swapped by an
 * officer of the organising council, and printed on each exhibitor's sheet. A booth must be in the venue's plan and in
 * the exhibitor's zone (all silver together: no booth across zones). The database holds the last word: one booth, one
 * exhibitor per stage, and stages at one venue never overlap, so no booth is held twice at one time. Anything the
 * rules refuse changes nothing.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class BoothAssignment {

    private final ExhibitionManagement exhibitions;
    private final ExhibitorRoster roster;
    private final Exhibitors exhibitors;
    private final ArtisanManagement artisans;
    private final ProductCatalog catalog;

    BoothAssignment(ExhibitionManagement exhibitions, ExhibitorRoster roster, Exhibitors exhibitors,
                    ArtisanManagement artisans, ProductCatalog catalog) {
        this.exhibitions = exhibitions;
        this.roster = roster;
        this.exhibitors = exhibitors;
        this.artisans = artisans;
        this.catalog = catalog;
    }

    // ---- officers

    /** A stage's plan and exhibitors for an officer of the organising council (or above); not found otherwise. */
    public BoothBoard board(long officerId, long exhibitionId, long stageId) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(officerId, exhibitionId);
        StageView stage = stageOf(exhibition, stageId);
        List<BoothHolder> holders = holders(roster.exhibitorsOf(stageId));
        return new BoothBoard(exhibition, stage, holders, lotOf(stage));
    }

    /**
     * Gives booths to the exhibitors that have none, as {@link BoothDraw} says; booths held stay held.
     *
     * @return who was placed where, and who is left without a booth because their zone is full
     */
    @Transactional
    public BoothsAssigned assignAutomatically(long officerId, long exhibitionId, long stageId) {
        StageView stage = atVenue(officerId, exhibitionId, stageId);
        List<Exhibitor> all = exhibitors.findByStageIdOrderById(stageId);
        BoothsAssigned result = BoothDraw.draw(stage.venue().booths(), stage.capacities(),
                all.stream().map(Exhibitor::toView).toList(), lotOf(stage));
        all.forEach(exhibitor -> {
            String code = result.placed().get(exhibitor.id());
            if (code != null) {
                exhibitor.assignBooth(code);
            }
        });
        flush(all, null);
        return result;
    }

    /**
     * Moves an exhibitor to a booth of its zone (or gives it its first one).
     *
     * @throws ExhibitionRuleException when the booth is not in the plan, is of another zone, is held by another
     *                                 exhibitor, or the zone has no place left: nothing changes
     */
    @Transactional
    public void move(long officerId, long exhibitionId, long stageId, long exhibitorId, String boothCode) {
        StageView stage = atVenue(officerId, exhibitionId, stageId);
        Exhibitor exhibitor = exhibitorOf(stageId, exhibitorId);
        ExhibitorView view = exhibitor.toView();
        BoothView booth = stage.venue().booths().stream()
                .filter(candidate -> candidate.code().equalsIgnoreCase(boothCode == null ? "" : boothCode.strip()))
                .findFirst()
                .orElseThrow(() -> new ExhibitionRuleException("exhibition.booths.rule.noSuchBooth",
                        boothCode == null ? "" : boothCode.strip(), stage.venue().name()));
        if (booth.zone() != view.zone()) {
            throw new ExhibitionRuleException("exhibition.booths.rule.otherZone", booth.code(), zoneName(booth.zone()),
                    zoneName(view.zone()));
        }
        if (booth.code().equals(view.boothCode())) {
            return;
        }
        List<ExhibitorView> others = roster.exhibitorsOf(stageId);
        Optional<ExhibitorView> holder = others.stream().filter(other -> booth.code().equals(other.boothCode())).findFirst();
        if (holder.isPresent()) {
            throw new ExhibitionRuleException("exhibition.booths.rule.taken", booth.code(), nameOf(holder.get().businessId()));
        }
        if (view.boothCode() == null) {
            long held = others.stream().filter(other -> other.zone() == view.zone() && other.boothCode() != null).count();
            int capacity = stage.capacities().getOrDefault(view.zone(), 0);
            if (held >= capacity) {
                throw new ExhibitionRuleException("exhibition.booths.rule.zoneFull", zoneName(view.zone()), capacity);
            }
        }
        exhibitor.assignBooth(booth.code());
        flush(List.of(exhibitor), booth.code());
    }

    /**
     * Two exhibitors of one zone trade booths.
     *
     * @throws ExhibitionRuleException when one has no booth or they are of different zones: nothing changes
     */
    @Transactional
    public void swap(long officerId, long exhibitionId, long stageId, long exhibitorId, long otherId) {
        atVenue(officerId, exhibitionId, stageId);
        Exhibitor one = exhibitorOf(stageId, exhibitorId);
        Exhibitor other = exhibitorOf(stageId, otherId);
        ExhibitorView first = one.toView();
        ExhibitorView second = other.toView();
        if (first.boothCode() == null || second.boothCode() == null || first.id() == second.id()) {
            throw new ExhibitionRuleException("exhibition.booths.rule.swapNeedsBooths");
        }
        if (first.zone() != second.zone()) {
            throw new ExhibitionRuleException("exhibition.booths.rule.swapOtherZone");
        }
        // One booth a stage holds one exhibitor at every moment, even inside this swap: free one, then trade.
        one.assignBooth(null);
        flush(List.of(one), first.boothCode());
        other.assignBooth(first.boothCode());
        flush(List.of(other), first.boothCode());
        one.assignBooth(second.boothCode());
        flush(List.of(one), second.boothCode());
    }

    /** Frees an exhibitor's booth; it stays on the roster, without a booth. */
    @Transactional
    public void release(long officerId, long exhibitionId, long stageId, long exhibitorId) {
        atVenue(officerId, exhibitionId, stageId);
        Exhibitor exhibitor = exhibitorOf(stageId, exhibitorId);
        exhibitor.assignBooth(null);
        flush(List.of(exhibitor), null);
    }

    /** Every exhibitor's sheet for a stage, in admission order, for an officer to print. */
    public List<ExhibitorSheet> sheets(long officerId, long exhibitionId, long stageId) {
        ExhibitionView exhibition = exhibitions.exhibitionOf(officerId, exhibitionId);
        StageView stage = stageOf(exhibition, stageId);
        List<ExhibitorView> all = roster.exhibitorsOf(stageId);
        Map<Long, ProductView> products = productsOf(all);
        List<BoothHolder> holders = holders(all);
        return holders.stream().map(holder -> sheet(exhibition, stage, holder, products)).toList();
    }

    // ---- exhibitors

    /** The stages the signed-in person's business is admitted to, latest first, as sheets; none without a business. */
    public List<ExhibitorSheet> sheetsOf(long userId) {
        Optional<Long> business = artisans.businessIdOf(userId);
        if (business.isEmpty()) {
            return List.of();
        }
        List<ExhibitorSheet> sheets = new ArrayList<>();
        for (ExhibitorView exhibitor : roster.stagesOf(business.get())) {
            sheetOf(exhibitor).ifPresent(sheets::add);
        }
        sheets.sort(Comparator.comparing((ExhibitorSheet sheet) -> sheet.stage().start()).reversed());
        return sheets;
    }

    /** One stage's sheet for a person of a business admitted to it; not found for anyone else. */
    public ExhibitorSheet sheetOf(long userId, long stageId) {
        return artisans.businessIdOf(userId)
                .flatMap(business -> roster.exhibitor(stageId, business))
                .flatMap(this::sheetOf)
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    // ---- visitors

    /**
     * Where a booth's QR code leads: the path of the shop of the exhibitor holding it at that stage, with where the
     * visitor came from ({@code /artisans/tenun-sari?from=booth-K-03}); empty when nobody holds it.
     */
    public Optional<String> shopPathOfBooth(String exhibitionSlug, int stageNumber, String boothCode) {
        return exhibitions.bySlug(exhibitionSlug)
                .flatMap(exhibition -> exhibition.stages().stream().filter(stage -> stage.number() == stageNumber).findFirst())
                .flatMap(stage -> roster.exhibitorsOf(stage.id()).stream()
                        .filter(exhibitor -> boothCode.equals(exhibitor.boothCode())).findFirst())
                .map(exhibitor -> holder(exhibitor).shopPath());
    }

    // ---- venues

    /**
     * Refuses a new plan for a venue that drops a booth (or moves it to another zone) while an exhibitor of a stage
     * there, on now or coming, holds it.
     *
     * @throws ExhibitionRuleException naming the first such booth
     */
    static void keepsHeldBooths(List<Object[]> held, List<BoothView> plan) {
        Map<String, BoothZone> zones = plan.stream().collect(Collectors.toMap(BoothView::code, BoothView::zone));
        held.stream()
                .filter(row -> zones.get((String) row[0]) != row[1])
                .map(row -> (String) row[0])
                .sorted(BoothDraw.CODE_ORDER)
                .findFirst()
                .ifPresent(code -> {
                    throw new ExhibitionRuleException("exhibition.booths.rule.heldInPlan", code);
                });
    }

    // ----

    private Optional<ExhibitorSheet> sheetOf(ExhibitorView exhibitor) {
        return roster.exhibitionOfStage(exhibitor.stageId())
                .map(exhibition -> sheet(exhibition, stageOf(exhibition, exhibitor.stageId()),
                        holder(exhibitor), productsOf(List.of(exhibitor))));
    }

    private ExhibitorSheet sheet(ExhibitionView exhibition, StageView stage, BoothHolder holder,
                                 Map<Long, ProductView> products) {
        ExhibitorView exhibitor = holder.exhibitor();
        BoothView booth = stage.venue() == null || exhibitor.boothCode() == null ? null
                : stage.venue().booths().stream().filter(b -> b.code().equals(exhibitor.boothCode())).findFirst()
                        .orElse(null);
        return new ExhibitorSheet(exhibition, stage, holder, booth,
                exhibitor.productIds().stream().map(products::get).filter(Objects::nonNull).toList());
    }

    private BoothHolder holder(ExhibitorView exhibitor) {
        return holders(List.of(exhibitor)).get(0);
    }

    /** Exhibitors with their businesses' names and shop addresses, read in one query. */
    private List<BoothHolder> holders(List<ExhibitorView> all) {
        Map<Long, ArtisanProfile> businesses = artisans.findAll(all.stream().map(ExhibitorView::businessId).toList());
        return all.stream().map(exhibitor -> {
            Optional<ArtisanProfile> business = Optional.ofNullable(businesses.get(exhibitor.businessId()));
            return new BoothHolder(exhibitor, business.map(ArtisanProfile::name).orElse("#" + exhibitor.businessId()),
                    business.map(ArtisanProfile::slug).orElse(null));
        }).toList();
    }

    private Map<Long, ProductView> productsOf(List<ExhibitorView> all) {
        return catalog.findAll(all.stream().flatMap(exhibitor -> exhibitor.productIds().stream()).distinct().toList())
                .stream().collect(Collectors.toMap(ProductView::id, Function.identity()));
    }

    private String nameOf(long businessId) {
        return artisans.find(businessId).map(ArtisanProfile::name).orElse("#" + businessId);
    }

    private static DefaultMessageSourceResolvable zoneName(BoothZone zone) {
        return new DefaultMessageSourceResolvable("exhibition.zone." + zone);
    }

    /** The lot number of a stage's draw: its id, fixed and printed, so the draw can be repeated and checked. */
    private static long lotOf(StageView stage) {
        return stage.id();
    }

    private StageView atVenue(long officerId, long exhibitionId, long stageId) {
        StageView stage = stageOf(exhibitions.exhibitionOf(officerId, exhibitionId), stageId);
        if (stage.venue() == null) {
            throw new ExhibitionRuleException("exhibition.booths.rule.online");
        }
        return stage;
    }

    private static StageView stageOf(ExhibitionView exhibition, long stageId) {
        return exhibition.stage(stageId).orElseThrow(ExhibitionNotFoundException::new);
    }

    private Exhibitor exhibitorOf(long stageId, long exhibitorId) {
        return exhibitors.findById(exhibitorId).filter(exhibitor -> exhibitor.stageId() == stageId)
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    /** Writes at once, so that the database's one-exhibitor-a-booth constraint shows as a rule, not an error page. */
    private void flush(List<Exhibitor> changed, String boothCode) {
        try {
            exhibitors.saveAllAndFlush(changed);
        } catch (DataIntegrityViolationException e) {
            throw new ExhibitionRuleException("exhibition.booths.rule.takenMeanwhile",
                    boothCode == null ? "" : boothCode.toUpperCase(Locale.ROOT));
        }
    }
}
