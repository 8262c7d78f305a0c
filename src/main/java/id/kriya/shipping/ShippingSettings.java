package id.kriya.shipping;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sets the rates: the council-wide table by a platform admin or a province officer, a business's own rates,
 * couriers and pick-up by its members. Every change is all or nothing.
 */
@Service
@Transactional
@NamedInterface("api")
public class ShippingSettings {

    static final Comparator<Rate> TABLE_ORDER = Comparator.comparing(Rate::courier).thenComparing(Rate::zone);

    private final DefaultRates defaults;
    private final RateOverrides overrides;
    private final BusinessOptions options;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final Clock clock;

    ShippingSettings(DefaultRates defaults, RateOverrides overrides, BusinessOptions options,
                     ArtisanManagement artisans, CouncilManagement councils, Clock clock) {
        this.defaults = defaults;
        this.overrides = overrides;
        this.options = options;
        this.artisans = artisans;
        this.councils = councils;
        this.clock = clock;
    }

    /** A platform admin, or an officer of a province council (not of one regency: the table is council-wide). */
    @Transactional(readOnly = true)
    public boolean mayEditDefaults(KriyaUser user) {
        return user.has(Role.ADMIN) || user.has(Role.OFFICER) && councils.jurisdictionOf(user.id())
                .map(Jurisdiction::council).map(council -> council.isProvince()).orElse(false);
    }

    /** The council-wide table, courier by courier, zones from near to far. */
    @Transactional(readOnly = true)
    public List<Rate> defaults() {
        return defaults.findAll().stream().map(DefaultRate::toRate).sorted(TABLE_ORDER).toList();
    }

    /** Replaces every row of the table at once; the rows must be exactly the table's couriers and zones. */
    public void replaceDefaults(KriyaUser editor, List<Rate> rates) {
        if (!mayEditDefaults(editor)) {
            throw new ShippingForbiddenException();
        }
        Map<String, DefaultRate> rows = defaults.findAll().stream()
                .collect(Collectors.toMap(row -> key(row.courier(), row.zone()), Function.identity()));
        Set<String> given = new HashSet<>();
        for (Rate rate : rates) {
            given.add(key(rate.courier(), rate.zone()));
        }
        if (given.size() != rates.size() || !given.equals(rows.keySet())) {
            throw new IllegalArgumentException("The table has one row for each courier and zone it serves");
        }
        for (Rate rate : rates) {
            rows.get(key(rate.courier(), rate.zone())).change(rate, editor.id(), clock.instant());
        }
    }

    /** The verified business this person owns or works for. */
    @Transactional(readOnly = true)
    public Optional<Long> businessOf(long userId) {
        return artisans.verifiedBusinessOf(userId).map(ArtisanProfile::id);
    }

    /** Whether the business has gone through its shipping page and saved its choices at least once. */
    @Transactional(readOnly = true)
    public boolean isReviewed(long businessId) {
        return options.existsById(businessId);
    }

    @Transactional(readOnly = true)
    public BusinessShipping of(long businessId) {
        Map<String, Rate> own = overrides.findByBusinessId(businessId).stream().map(RateOverride::toRate)
                .collect(Collectors.toMap(rate -> key(rate.courier(), rate.zone()), Function.identity()));
        List<BusinessShipping.Choice> choices = defaults().stream()
                .map(rate -> new BusinessShipping.Choice(rate, own.get(key(rate.courier(), rate.zone()))))
                .toList();
        Optional<BusinessOption> option = options.findById(businessId);
        return new BusinessShipping(businessId, choices,
                option.map(BusinessOption::couriersOff).orElse(Set.of()),
                option.map(BusinessOption::offersPickup).orElse(false),
                option.map(BusinessOption::pickupAddress).orElse(null),
                option.map(BusinessOption::pickupNotes).orElse(null));
    }

    /** The business's own rates (any not given go back to the council's), couriers and pick-up, all at once. */
    public void save(long businessId, BusinessShipping.Change change) {
        Set<String> served = defaults.findAll().stream().map(row -> key(row.courier(), row.zone()))
                .collect(Collectors.toSet());
        Map<String, Rate> wanted = new java.util.HashMap<>();
        for (Rate rate : change.overrides()) {
            String key = key(rate.courier(), rate.zone());
            if (!served.contains(key) || wanted.put(key, rate) != null) {
                throw new IllegalArgumentException("No default rate to override for " + key);
            }
        }
        for (RateOverride existing : overrides.findByBusinessId(businessId)) {
            Rate rate = wanted.remove(key(existing.courier(), existing.zone()));
            if (rate == null) {
                overrides.delete(existing);
            } else {
                existing.change(rate, clock.instant());
            }
        }
        overrides.flush();
        wanted.values().forEach(rate -> overrides.save(new RateOverride(businessId, rate, clock.instant())));
        BusinessOption option = options.findById(businessId).orElseGet(() -> new BusinessOption(businessId));
        option.change(change.couriersOff(), change.offersPickup(), change.pickupAddress(), change.pickupNotes(),
                clock.instant());
        options.save(option);
    }

    /** The business goes back to the council's rate for this courier and zone. */
    public void resetOverride(long businessId, Courier courier, Zone zone) {
        overrides.findByBusinessIdAndZone(businessId, zone).stream()
                .filter(override -> override.courier() == courier)
                .forEach(overrides::delete);
    }

    private static String key(Courier courier, Zone zone) {
        return courier + "/" + zone;
    }
}
