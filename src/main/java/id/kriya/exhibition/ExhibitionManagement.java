package id.kriya.exhibition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.exhibition.booth.BoothLines;
import id.kriya.exhibition.booth.BoothPlanException;
import id.kriya.exhibition.booth.BoothView;
import id.kriya.exhibition.showcase.RoomPage;
import id.kriya.exhibition.showcase.RoomWork;
import id.kriya.media.MediaLibrary;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.shared.Bali;
import id.kriya.shared.Slug;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exhibition module's public face: venues with their booth plans, exhibitions and their stages for the officers
 * of the organising council, and what visitors see. An officer acts only on venues in their areas and on exhibitions
 * their council or one below it organises; anything else is not found for them.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ExhibitionManagement {


    private final Venues venues;
    private final Exhibitions exhibitions;
    private final Stages stages;
    private final CouncilManagement councils;
    private final Rooms rooms;
    private final ProductCatalog catalog;
    private final MediaLibrary media;
    private final Clock clock;

    ExhibitionManagement(Venues venues, Exhibitions exhibitions, Stages stages, Rooms rooms, CouncilManagement councils,
                         ProductCatalog catalog, MediaLibrary media, Clock clock) {
        this.venues = venues;
        this.exhibitions = exhibitions;
        this.stages = stages;
        this.rooms = rooms;
        this.councils = councils;
        this.catalog = catalog;
        this.media = media;
        this.clock = clock;
    }

    // ---- venues

    /** Every venue, by name: any stage may be held at any of them. */
    public List<VenueView> venues() {
        return venues.findAllByOrderByName().stream().map(Venue::toView).toList();
    }

    /** The venues in this officer's areas, which they may change. */
    public List<VenueView> venuesOf(long officerId) {
        return venues.findByRegionCodeInOrderByName(jurisdiction(officerId).regionCodes()).stream()
                .map(Venue::toView).toList();
    }

    public VenueView venueOf(long officerId, long venueId) {
        return ownVenue(officerId, venueId).toView();
    }

    /**
     * Adds a venue with its booth plan, all or nothing.
     *
     * @throws BoothPlanException when a line of the plan is bad: nothing is saved
     * @throws ExhibitionRuleException when the venue lies outside the officer's areas
     */
    @Transactional
    public long addVenue(long officerId, VenueDetails details, String boothLines) {
        inJurisdiction(officerId, details.regionCode());
        return venues.save(new Venue(details, plan(boothLines), clock.instant())).id();
    }

    /**
     * Changes a venue and replaces its whole booth plan, all or nothing; a booth held at a stage on now or coming
     * stays in the plan, in its zone.
     */
    @Transactional
    public void changeVenue(long officerId, long venueId, VenueDetails details, String boothLines) {
        Venue venue = ownVenue(officerId, venueId);
        inJurisdiction(officerId, details.regionCode());
        List<BoothView> plan = plan(boothLines);
        BoothAssignment.keepsHeldBooths(stages.boothsHeld(venueId, today()), plan);
        venue.change(details, plan, clock.instant());
    }

    /** @throws ExhibitionRuleException when the venue has no room for that many more photos */
    public void checkVenuePhotoRoom(long officerId, long venueId, int more) {
        ownVenue(officerId, venueId).checkRoomFor(more);
    }

    /** Adds uploaded photos after the venue's others; the officers' venue page uploads them first. */
    @Transactional
    public void attachVenuePhotos(long officerId, long venueId, List<PhotoId> photos) {
        ownVenue(officerId, venueId).addPhotos(photos, clock.instant());
    }

    /**
     * Takes a photo off the venue. Its file goes too when the officer uploaded it; a colleague's upload stays in the
     * media library, which only lets its owner delete it.
     */
    @Transactional
    public void removeVenuePhoto(long officerId, long venueId, PhotoId photo) {
        if (!ownVenue(officerId, venueId).removePhoto(photo, clock.instant())) {
            throw new ExhibitionNotFoundException();
        }
        if (media.isOwnedBy(photo, officerId)) {
            media.delete(photo, officerId);
        }
    }

    /** A venue's photos in order, those still in the media library. */
    public List<Photo> photosOf(VenueView venue) {
        Map<PhotoId, Photo> found = media.findAll(venue.photoIds());
        return venue.photoIds().stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static List<BoothView> plan(String text) {
        List<BoothLines.Line> lines = BoothLines.parse(text);
        if (lines.stream().anyMatch(line -> !line.isValid())) {
            throw new BoothPlanException(lines);
        }
        return lines.stream().map(BoothLines.Line::booth).toList();
    }

    private Venue ownVenue(long officerId, long venueId) {
        Jurisdiction jurisdiction = jurisdiction(officerId);
        return venues.findById(venueId).filter(venue -> jurisdiction.covers(venue.regionCode()))
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    // ---- exhibitions for officers

    /** The exhibitions organised in this officer's areas, by title. */
    public List<ExhibitionView> exhibitionsOf(long officerId) {
        Function<Long, VenueView> venueViews = venueViews();
        return exhibitions.findByOrganiserCodeInOrderByTitle(jurisdiction(officerId).regionCodes()).stream()
                .map(exhibition -> exhibition.toView(venueViews)).toList();
    }

    public ExhibitionView exhibitionOf(long officerId, long exhibitionId) {
        return own(officerId, exhibitionId).toView(venueViews());
    }

    /** Adds an exhibition, without stages yet; its slug comes from its title. */
    @Transactional
    public ExhibitionView addExhibition(long officerId, ExhibitionDetails details) {
        inJurisdiction(officerId, details.organiserCode());
        Exhibition exhibition = exhibitions.save(new Exhibition(freeSlug(details.title()), details, clock.instant()));
        return exhibition.toView(venueViews());
    }

    @Transactional
    public void changeExhibition(long officerId, long exhibitionId, ExhibitionDetails details) {
        Exhibition exhibition = own(officerId, exhibitionId);
        inJurisdiction(officerId, details.organiserCode());
        exhibition.change(details, clock.instant());
        flush(exhibition);
    }

    /**
     * Adds a stage.
     *
     * @throws ExhibitionRuleException when it ends before it starts, has a venue while the exhibition is online only,
     *                                 or meets another stage's days at the same venue: nothing is changed
     */
    @Transactional
    public void addStage(long officerId, long exhibitionId, StageDetails details) {
        Exhibition exhibition = own(officerId, exhibitionId);
        Stage.check(details, exhibition.mode());
        venueFree(details, 0);
        exhibition.addStage(details, clock.instant());
        flush(exhibition);
    }

    @Transactional
    public void changeStage(long officerId, long exhibitionId, long stageId, StageDetails details) {
        Exhibition exhibition = own(officerId, exhibitionId);
        exhibition.stage(stageId);
        Stage.check(details, exhibition.mode());
        venueFree(details, stageId);
        exhibition.changeStage(stageId, details, clock.instant());
        flush(exhibition);
    }

    @Transactional
    public void removeStage(long officerId, long exhibitionId, long stageId) {
        own(officerId, exhibitionId).removeStage(stageId, clock.instant());
    }

    private void venueFree(StageDetails details, long stageId) {
        if (details.venueId() == null) {
            return;
        }
        if (!venues.existsById(details.venueId())) {
            throw new ExhibitionRuleException("exhibition.rule.noSuchVenue");
        }
        if (!stages.overlapping(details.venueId(), details.start(), details.end(), stageId).isEmpty()) {
            throw new ExhibitionRuleException("exhibition.rule.venueTaken");
        }
    }

    /** Writes at once, so that the database's own checks (a stage added meanwhile at the venue) show as a rule. */
    private void flush(Exhibition exhibition) {
        try {
            exhibitions.saveAndFlush(exhibition);
        } catch (DataIntegrityViolationException e) {
            throw new ExhibitionRuleException("exhibition.rule.venueTaken");
        }
    }

    private Exhibition own(long officerId, long exhibitionId) {
        Jurisdiction jurisdiction = jurisdiction(officerId);
        return exhibitions.findById(exhibitionId).filter(exhibition -> jurisdiction.covers(exhibition.organiserCode()))
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    private Jurisdiction jurisdiction(long officerId) {
        return councils.jurisdictionOf(officerId).orElseThrow(ExhibitionNotFoundException::new);
    }

    private void inJurisdiction(long officerId, String code) {
        if (!jurisdiction(officerId).covers(code)) {
            throw new ExhibitionRuleException("exhibition.rule.outsideJurisdiction");
        }
    }

    private String freeSlug(String title) {
        String base = slugOf(title);
        String slug = base;
        for (int n = 2; exhibitions.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String slugOf(String title) {
        return Slug.of(title, 120, "pameran");
    }

    // ---- rooms

    /**
     * Adds a room with its works in order; its address comes from its title. Rooms take their places in order: the
     * first is 1 and each next one follows the last.
     *
     * @throws ExhibitionRuleException when the position is out of order, a work is named twice or not at all, or a
     *                                 product does not exist or is not public: nothing is saved
     */
    @Transactional
    public RoomView addRoom(long officerId, long exhibitionId, RoomDetails details) {
        Exhibition exhibition = own(officerId, exhibitionId);
        List<Room> existing = rooms.findByExhibitionIdOrderByPosition(exhibition.id());
        if (details.position() != existing.size() + 1) {
            throw new ExhibitionRuleException("exhibition.rule.roomPosition", existing.size() + 1);
        }
        publicWorks(details.productIds());
        String base = slugOf(details.title());
        String slug = base;
        for (int n = 2; rooms.existsByExhibitionIdAndSlug(exhibition.id(), slug); n++) {
            slug = base + "-" + n;
        }
        return rooms.save(new Room(exhibition.id(), details.position(), slug, details)).toView();
    }

    /**
     * Changes a room's title, statement and works; its address and place stay.
     *
     * @throws ExhibitionRuleException as for {@link #addRoom}: nothing is changed
     */
    @Transactional
    public void changeRoom(long officerId, long exhibitionId, long roomId, RoomDetails details) {
        Room room = ownRoom(officerId, exhibitionId, roomId);
        publicWorks(details.productIds());
        room.change(details);
    }

    /** Removes a room; the rooms after it move up a place. */
    @Transactional
    public void removeRoom(long officerId, long exhibitionId, long roomId) {
        Room room = ownRoom(officerId, exhibitionId, roomId);
        rooms.delete(room);
        rooms.findByExhibitionIdOrderByPosition(exhibitionId).stream()
                .filter(other -> other.position() > room.position())
                .forEach(other -> other.moveTo(other.position() - 1));
    }

    /** Swaps a room with the one before it (earlier) or after it; at either end nothing moves. */
    @Transactional
    public void moveRoom(long officerId, long exhibitionId, long roomId, boolean earlier) {
        Room room = ownRoom(officerId, exhibitionId, roomId);
        int target = room.position() + (earlier ? -1 : 1);
        rooms.findByExhibitionIdOrderByPosition(exhibitionId).stream()
                .filter(other -> other.position() == target).findFirst()
                .ifPresent(other -> {
                    other.moveTo(room.position());
                    room.moveTo(target);
                });
    }

    private Room ownRoom(long officerId, long exhibitionId, long roomId) {
        Exhibition exhibition = own(officerId, exhibitionId);
        return rooms.findById(roomId).filter(room -> room.exhibitionId() == exhibition.id())
                .orElseThrow(ExhibitionNotFoundException::new);
    }

    /** @throws ExhibitionRuleException naming the first work that does not exist or is not public */
    private void publicWorks(List<Long> productIds) {
        Map<Long, ProductView> products = catalog.findAll(productIds).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        for (Long productId : productIds) {
            ProductView product = products.get(productId);
            if (product == null || !product.isPublic()) {
                throw new ExhibitionRuleException("exhibition.rule.roomWorkNotPublic", productId);
            }
        }
    }

    /** The rooms of an exhibition, in order. */
    public List<RoomView> rooms(long exhibitionId) {
        return rooms.findByExhibitionIdOrderByPosition(exhibitionId).stream().map(Room::toView).toList();
    }

    /**
     * A room of a visible exhibition with those of its works still public (published or sold out), in the room's
     * order and with their covers; empty when either is unknown.
     */
    public Optional<RoomPage> room(String exhibitionSlug, String roomSlug) {
        return bySlug(exhibitionSlug).flatMap(exhibition -> rooms.findByExhibitionIdAndSlug(exhibition.id(), roomSlug)
                .map(room -> {
                    RoomView view = room.toView();
                    Map<Long, ProductView> products = catalog.findAll(view.productIds()).stream()
                            .filter(ProductView::isPublic)
                            .collect(Collectors.toMap(ProductView::id, Function.identity()));
                    Map<PhotoId, Photo> covers = media.findAll(products.values().stream().map(ProductView::coverId)
                            .filter(Objects::nonNull).toList());
                    List<RoomWork> works = view.productIds().stream().map(products::get)
                            .filter(Objects::nonNull)
                            .map(product -> new RoomWork(product,
                                    product.coverId() == null ? null : covers.get(product.coverId())))
                            .toList();
                    return new RoomPage(exhibition, view, works);
                }));
    }

    // ---- what visitors see

    /** Exhibitions with stages, sorted into on today, still to come and over, by Bali's date. */
    public ExhibitionListing listing() {
        LocalDate today = today();
        Function<Long, VenueView> venueViews = venueViews();
        List<ExhibitionView> now = new ArrayList<>();
        List<ExhibitionView> coming = new ArrayList<>();
        List<ExhibitionView> past = new ArrayList<>();
        exhibitions.findAllWithStages().stream().map(exhibition -> exhibition.toView(venueViews))
                .filter(exhibition -> !exhibition.stages().isEmpty())
                .sorted(Comparator.comparing(ExhibitionView::start))
                .forEach(exhibition -> {
                    if (exhibition.stages().stream().anyMatch(stage -> stage.isOn(today))) {
                        now.add(exhibition);
                    } else if (exhibition.end().isBefore(today)) {
                        past.add(0, exhibition);
                    } else {
                        coming.add(exhibition);
                    }
                });
        return new ExhibitionListing(now, coming, past);
    }

    /** An exhibition with at least one stage, by its slug; empty otherwise. */
    public Optional<ExhibitionView> bySlug(String slug) {
        return exhibitions.findBySlug(slug).map(exhibition -> exhibition.toView(venueViews()))
                .filter(exhibition -> !exhibition.stages().isEmpty());
    }

    /** Today by Bali's date, as the listing sees it. */
    public LocalDate today() {
        return Bali.today(clock);
    }

    private Function<Long, VenueView> venueViews() {
        return Venue.views(venues);
    }
}
