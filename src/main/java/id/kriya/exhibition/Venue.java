package id.kriya.exhibition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import id.kriya.exhibition.booth.BoothView;
import id.kriya.media.PhotoId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A hall or a mall where stages are held, in a council's area, with its booth plan. */
@Entity
@Table(name = "exhibition_venue")
class Venue {

    static final int NAME_MAX = 120;
    static final int ADDRESS_MAX = 300;
    static final int PHOTOS_MAX = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String address;
    private String regionCode;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "exhibition_booth", joinColumns = @JoinColumn(name = "venue_id"))
    private List<Booth> booths = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exhibition_venue_photo", joinColumns = @JoinColumn(name = "venue_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<UUID> photos = new ArrayList<>();

    @Version
    private long version;

    protected Venue() {
    }

    Venue(VenueDetails details, List<BoothView> booths, Instant now) {
        change(details, booths, now);
    }

    /** Replaces the venue's details and its whole plan: the lines were checked, all of them, before this. */
    void change(VenueDetails details, List<BoothView> plan, Instant now) {
        this.name = details.name();
        this.address = details.address();
        this.regionCode = details.regionCode();
        this.booths.clear();
        plan.forEach(booth -> this.booths.add(new Booth(booth)));
        this.updatedAt = now;
    }

    /** @throws ExhibitionRuleException when the photos would not fit: nothing is added */
    void checkRoomFor(int more) {
        if (photos.size() + more > PHOTOS_MAX) {
            throw new ExhibitionRuleException("exhibition.venue.photos.full", PHOTOS_MAX, PHOTOS_MAX - photos.size());
        }
    }

    void addPhotos(List<PhotoId> added, Instant now) {
        checkRoomFor(added.size());
        added.forEach(photo -> photos.add(photo.value()));
        this.updatedAt = now;
    }

    boolean removePhoto(PhotoId photo, Instant now) {
        boolean removed = photos.remove(photo.value());
        if (removed) {
            this.updatedAt = now;
        }
        return removed;
    }

    Long id() {
        return id;
    }

    String regionCode() {
        return regionCode;
    }

    /** Venue views read when first asked for, each once: an exhibition reads only the venues of its stages. */
    static Function<Long, VenueView> views(Venues venues) {
        Map<Long, VenueView> read = new HashMap<>();
        return id -> read.computeIfAbsent(id, wanted -> venues.findById(wanted).map(Venue::toView).orElse(null));
    }

    VenueView toView() {
        List<BoothView> plan = booths.stream().map(Booth::toView)
                .sorted(Comparator.comparingInt(BoothView::row).thenComparingInt(BoothView::column)).toList();
        return new VenueView(id == null ? 0 : id, name, address, regionCode, plan,
                photos.stream().map(PhotoId::new).toList());
    }
}
