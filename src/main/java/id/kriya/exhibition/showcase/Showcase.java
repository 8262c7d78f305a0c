package id.kriya.exhibition.showcase;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanDirectory;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.ExhibitorView;
import id.kriya.exhibition.StageView;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads who shows at a stage, or at a whole exhibition, for visitors and the printed catalog. However many
 * exhibitors there are, it reads in batches: the roster of each stage, the businesses in one query, the products of
 * the page in one query and their covers in one more. Only verified businesses and public products are shown.
 */
@Service
@Transactional(readOnly = true)
public class Showcase {

    /** Exhibitors per page of a stage: about a hundred products, in small thumbnails. */
    public static final int PAGE_SIZE = 20;

    private final ExhibitionManagement exhibitions;
    private final ExhibitorRoster roster;
    private final ArtisanDirectory artisans;
    private final ProductCatalog catalog;
    private final MediaLibrary media;
    private final CouncilManagement councils;

    Showcase(ExhibitionManagement exhibitions, ExhibitorRoster roster, ArtisanDirectory artisans,
             ProductCatalog catalog, MediaLibrary media, CouncilManagement councils) {
        this.exhibitions = exhibitions;
        this.roster = roster;
        this.artisans = artisans;
        this.catalog = catalog;
        this.media = media;
        this.councils = councils;
    }

    /** One page (from 0; out of range reads as the nearest) of a visible exhibition's stage; empty when unknown. */
    public Optional<StageShowcase> stage(String slug, int number, int page) {
        return exhibitions.bySlug(slug).flatMap(exhibition -> exhibition.stages().stream()
                .filter(stage -> stage.number() == number).findFirst()
                .map(stage -> {
                    List<Entry> entries = entries(List.of(stage));
                    int totalPages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
                    int current = Math.max(0, Math.min(page, totalPages - 1));
                    List<Entry> slice = entries.subList(Math.min(entries.size(), current * PAGE_SIZE),
                            Math.min(entries.size(), (current + 1) * PAGE_SIZE));
                    return new StageShowcase(exhibition, stage, group(shown(slice)), entries.size(), current,
                            totalPages);
                }));
    }

    /**
     * The printed catalog's content: every stage of a visible exhibition, or only the one numbered (when not null);
     * empty when the exhibition or the stage is unknown.
     */
    public Optional<ExhibitionCatalog> catalog(String slug, Integer stageNumber) {
        return exhibitions.bySlug(slug).flatMap(exhibition -> {
            List<StageView> stages = exhibition.stages().stream()
                    .filter(stage -> stageNumber == null || stage.number() == stageNumber).toList();
            if (stages.isEmpty()) {
                return Optional.empty();
            }
            String organiser = councils.find(exhibition.organiserCode()).map(CouncilView::name)
                    .orElse(exhibition.organiserCode());
            return Optional.of(new ExhibitionCatalog(exhibition, organiser, stages, group(shown(entries(stages)))));
        });
    }

    /** An IKM with its showings and the product ids it shows, before its products are read. */
    private record Entry(ArtisanProfile business, String regencyName, List<Showing> showings, List<Long> productIds) {
    }

    private List<Entry> entries(List<StageView> stages) {
        Map<Long, List<Showing>> showings = new LinkedHashMap<>();
        Map<Long, List<Long>> products = new LinkedHashMap<>();
        for (StageView stage : stages) {
            for (ExhibitorView exhibitor : roster.exhibitorsOf(stage.id())) {
                showings.computeIfAbsent(exhibitor.businessId(), id -> new ArrayList<>())
                        .add(new Showing(stage, exhibitor.boothCode()));
                List<Long> ids = products.computeIfAbsent(exhibitor.businessId(), id -> new ArrayList<>());
                exhibitor.productIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            }
        }
        Map<Long, ArtisanProfile> businesses = artisans.verified(showings.keySet());
        Map<String, String> areaNames = councils.areaNames();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("id"));
        return showings.entrySet().stream().filter(entry -> businesses.containsKey(entry.getKey()))
                .map(entry -> {
                    ArtisanProfile business = businesses.get(entry.getKey());
                    return new Entry(business, areaNames.getOrDefault(business.regionCode(), business.regionCode()),
                            entry.getValue(), products.get(entry.getKey()));
                })
                .sorted(Comparator.comparing(Entry::regencyName, collator)
                        .thenComparing(entry -> entry.business().name(), collator))
                .toList();
    }

    private List<ShownExhibitor> shown(List<Entry> entries) {
        List<Long> productIds = entries.stream().flatMap(entry -> entry.productIds().stream()).distinct().toList();
        Map<Long, ProductView> products = productIds.isEmpty() ? Map.of() : catalog.findAll(productIds).stream()
                .filter(ProductView::isPublic)
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        List<PhotoId> coverIds = products.values().stream().map(ProductView::coverId).filter(Objects::nonNull).toList();
        Map<PhotoId, Photo> covers = coverIds.isEmpty() ? Map.of() : media.findAll(coverIds);
        return entries.stream().map(entry -> new ShownExhibitor(entry.business(), entry.regencyName(),
                entry.showings(), entry.productIds().stream().map(products::get).filter(Objects::nonNull)
                        .map(product -> new ShownProduct(product,
                                product.coverId() == null ? null : covers.get(product.coverId())))
                        .toList()))
                .toList();
    }

    private static List<RegencyGroup> group(List<ShownExhibitor> exhibitors) {
        Map<String, List<ShownExhibitor>> byRegency = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ShownExhibitor exhibitor : exhibitors) {
            byRegency.computeIfAbsent(exhibitor.business().regionCode(), code -> new ArrayList<>()).add(exhibitor);
            names.put(exhibitor.business().regionCode(), exhibitor.regencyName());
        }
        return byRegency.entrySet().stream()
                .map(entry -> new RegencyGroup(entry.getKey(), names.get(entry.getKey()), entry.getValue())).toList();
    }
}
