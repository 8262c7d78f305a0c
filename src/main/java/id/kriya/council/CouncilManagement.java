package id.kriya.council;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountView;
import id.kriya.account.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The council module's public face: the hierarchy of councils, their officers, and what each officer may see.
 * Platform admins add councils and appoint, move and dismiss officers through it.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CouncilManagement {

    static final Duration AREAS_KEPT = Duration.ofMinutes(1);

    private final Councils councils;
    private final Officers officers;
    private final AccountManagement accounts;
    private final Clock clock;
    private volatile Areas areas;

    CouncilManagement(Councils councils, Officers officers, AccountManagement accounts, Clock clock) {
        this.councils = councils;
        this.officers = officers;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every council, provinces and areas together, in code order ({@code 35}, {@code 35.19}, {@code 51}, …). */
    public List<CouncilView> all() {
        Map<Long, String> provinceCodes = provinceCodesById();
        return councils.findAll(Sort.by("code")).stream()
                .map(council -> council.toView(provinceCodes.get(council.parentId())))
                .toList();
    }

    public List<CouncilView> provinces() {
        return councils.findByParentIdIsNullOrderByCode().stream().map(council -> council.toView(null)).toList();
    }

    /** The regency and city councils inside a province. */
    public List<CouncilView> areasOf(String provinceCode) {
        return councils.findByCode(provinceCode)
                .map(province -> councils.findByParentIdOrderByCode(province.id()).stream()
                        .map(area -> area.toView(province.code())).toList())
                .orElse(List.of());
    }

    /** Every regency and city council, in code order: what a business can belong to. */
    public List<CouncilView> allAreas() {
        return areas().all();
    }

    /** Every regency and city's name by its region code ({@code 51.04} → Gianyar), in code order. */
    public Map<String, String> areaNames() {
        return areas().names();
    }

    /**
     * The areas, read again from the database at most once every {@link #AREAS_KEPT} (at once here when an area
     * is added on this instance, within that time on the others): search and product pages need their names on
     * every request, and they change a few times a year.
     */
    private Areas areas() {
        Areas current = areas;
        if (current == null || System.nanoTime() - current.readAt() > AREAS_KEPT.toNanos()) {
            long readAt = System.nanoTime();
            Map<Long, String> provinceCodes = provinceCodesById();
            List<CouncilView> all = councils.findByParentIdIsNotNullOrderByCode().stream()
                    .map(area -> area.toView(provinceCodes.get(area.parentId())))
                    .toList();
            Map<String, String> names = new LinkedHashMap<>();
            all.forEach(area -> names.putIfAbsent(area.code(), area.areaName()));
            current = new Areas(all, Collections.unmodifiableMap(names), readAt);
            areas = current;
        }
        return current;
    }

    private record Areas(List<CouncilView> all, Map<String, String> names, long readAt) {
    }

    /** Forgets the areas now and again once the transaction that changed them has committed. */
    private void forgetAreas() {
        areas = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    areas = null;
                }
            });
        }
    }

    public Optional<CouncilView> find(String code) {
        return councils.findByCode(code).map(this::view);
    }

    public boolean isArea(String code) {
        return councils.findByCode(code).map(council -> council.parentId() != null).orElse(false);
    }

    /** The areas this person may see as an officer; empty when they are no officer. */
    public Optional<Jurisdiction> jurisdictionOf(long userId) {
        return officers.findByUserId(userId)
                .flatMap(officer -> councils.findById(officer.councilId()))
                .map(council -> new Jurisdiction(view(council), regionCodesUnder(council)));
    }

    /** The region codes a council answers for: itself and, for a province, every area in it. */
    public Set<String> regionCodesUnder(String code) {
        return councils.findByCode(code).map(this::regionCodesUnder).orElse(Set.of());
    }

    private Set<String> regionCodesUnder(Council council) {
        Stream<String> areas = council.kind() == CouncilKind.PROVINCE
                ? councils.findByParentIdOrderByCode(council.id()).stream().map(Council::code)
                : Stream.empty();
        return Stream.concat(Stream.of(council.code()), areas).collect(Collectors.toUnmodifiableSet());
    }

    /** How many officers each council has, by council code; councils without officers are absent. */
    public Map<String, Long> officerCounts() {
        Map<Long, String> codes = councils.findAll().stream().collect(Collectors.toMap(Council::id, Council::code));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : officers.countByCouncil()) {
            counts.put(codes.get((Long) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** Every officer, by council code and then name. */
    public List<OfficerView> officers() {
        Map<Long, CouncilView> byId = all().stream().collect(Collectors.toMap(CouncilView::id, Function.identity()));
        List<Officer> all = officers.findAllByOrderByAppointedAt();
        Map<Long, AccountView> people = accountsOf(all);
        return all.stream()
                .map(officer -> view(officer, byId.get(officer.councilId()), people))
                .sorted(Comparator.comparing((OfficerView officer) -> officer.council().code())
                        .thenComparing(OfficerView::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The officers of one council, longest-serving first; empty for an unknown code. */
    public List<OfficerView> officersOf(String code) {
        return councils.findByCode(code)
                .map(council -> {
                    CouncilView councilView = view(council);
                    List<Officer> ofCouncil = officers.findByCouncilIdOrderByAppointedAt(council.id());
                    Map<Long, AccountView> people = accountsOf(ofCouncil);
                    return ofCouncil.stream().map(officer -> view(officer, councilView, people)).toList();
                })
                .orElse(List.of());
    }

    /** This person as an officer; empty when they are none. */
    public Optional<OfficerView> officerOf(long userId) {
        return officers.findByUserId(userId).map(this::view);
    }

    /**
     * Adds a province's council together with its regencies and cities, all or nothing.
     *
     * @throws CouncilCodeTakenException when the province or one of the areas has a council already
     * @throws IllegalArgumentException when an area lies outside the province or a name does not fit
     */
    @Transactional
    public CouncilView addProvince(NewProvince province) {
        if (councils.existsByCode(province.code())) {
            throw new CouncilCodeTakenException(province.code());
        }
        Council saved = save(Council.province(province.code(), province.name(), province.areaName(), clock.instant()));
        province.areas().forEach(area -> addTo(saved, area));
        return saved.toView(null);
    }

    /**
     * Adds one regency or city council to a province that has its council already.
     *
     * @throws CouncilNotFoundException when the province has no council
     * @throws CouncilCodeTakenException when the area has a council already
     * @throws IllegalArgumentException when the area lies outside the province
     */
    @Transactional
    public CouncilView addArea(String provinceCode, NewArea area) {
        Council province = councils.findByCode(provinceCode)
                .filter(council -> council.kind() == CouncilKind.PROVINCE)
                .orElseThrow(() -> new CouncilNotFoundException(provinceCode));
        return addTo(province, area).toView(province.code());
    }

    private Council addTo(Council province, NewArea area) {
        if (councils.existsByCode(area.code())) {
            throw new CouncilCodeTakenException(area.code());
        }
        return save(province.area(area.code(), area.name(), area.areaName(), area.kind(), clock.instant()));
    }

    /** Flushes at once so that a code taken by a concurrent request shows as that, inside this transaction. */
    private Council save(Council council) {
        forgetAreas();
        try {
            return councils.saveAndFlush(council);
        } catch (DataIntegrityViolationException e) {
            throw new CouncilCodeTakenException(council.code());
        }
    }

    /**
     * Makes a person an officer of a council: their account (invited without a password when they have none),
     * the officer role, and the appointment, in one transaction.
     *
     * @throws CouncilNotFoundException when there is no such council
     * @throws AlreadyOfficerException when the person works for a council already
     */
    @Transactional
    public OfficerView appoint(Appointment appointment) {
        Council council = load(appointment.councilId());
        long userId = accounts.invite(appointment.email(), appointment.displayName(), appointment.locale());
        officers.findByUserId(userId).ifPresent(existing -> {
            throw new AlreadyOfficerException(userId, load(existing.councilId()).name());
        });
        Officer officer;
        try {
            officer = officers.saveAndFlush(new Officer(council.id(), userId, appointment.position(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new AlreadyOfficerException(userId, council.name());
        }
        accounts.grant(userId, Role.OFFICER);
        return view(officer, view(council));
    }

    /**
     * Moves an officer to another council, or changes their position.
     *
     * @throws OfficerNotFoundException when the person is no officer
     * @throws CouncilNotFoundException when there is no such council
     */
    @Transactional
    public OfficerView move(long userId, long councilId, String position) {
        Officer officer = officers.findByUserId(userId).orElseThrow(() -> new OfficerNotFoundException(userId));
        Council council = load(councilId);
        officer.moveTo(council.id(), position);
        return view(officer, view(council));
    }

    /**
     * Ends an appointment and takes the officer role away.
     *
     * @throws OfficerNotFoundException when the person is no officer
     */
    @Transactional
    public void dismiss(long userId) {
        Officer officer = officers.findByUserId(userId).orElseThrow(() -> new OfficerNotFoundException(userId));
        officers.delete(officer);
        // A deleted account has lost its roles already, and revoking on it would fail.
        if (accounts.find(userId).isPresent()) {
            accounts.revoke(userId, Role.OFFICER);
        }
    }

    private Council load(long councilId) {
        return councils.findById(councilId).orElseThrow(() -> new CouncilNotFoundException(councilId));
    }

    private OfficerView view(Officer officer) {
        return view(officer, view(load(officer.councilId())));
    }

    /** The accounts of these officers by user id, read in one query rather than one per officer. */
    private Map<Long, AccountView> accountsOf(List<Officer> list) {
        return accounts.findAll(list.stream().map(Officer::userId).toList()).stream()
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    private OfficerView view(Officer officer, CouncilView council, Map<Long, AccountView> people) {
        return view(officer, council, Optional.ofNullable(people.get(officer.userId())));
    }

    private OfficerView view(Officer officer, CouncilView council) {
        return view(officer, council, accounts.find(officer.userId()));
    }

    private OfficerView view(Officer officer, CouncilView council, Optional<AccountView> account) {
        return new OfficerView(officer.userId(), account.map(AccountView::displayName).orElse("—"),
                account.map(AccountView::email).orElse(""), council, officer.position(), officer.appointedAt());
    }

    private CouncilView view(Council council) {
        String parentCode = council.parentId() == null ? null
                : councils.findById(council.parentId()).map(Council::code).orElse(null);
        return council.toView(parentCode);
    }

    private Map<Long, String> provinceCodesById() {
        Map<Long, String> codes = new HashMap<>();
        councils.findByParentIdIsNullOrderByCode().forEach(province -> codes.put(province.id(), province.code()));
        return codes;
    }

    /** A province's council and the regencies and cities in it. */
    public record NewProvince(String code, String name, String areaName, List<NewArea> areas) {

        public NewProvince {
            areas = List.copyOf(areas);
        }
    }

    /** A regency or city council: {@code name} is the council's ("Dekranasda Kabupaten Madiun"), {@code areaName} the place's. */
    public record NewArea(String code, String name, String areaName, CouncilKind kind) {
    }

    /** Who to appoint where. {@code locale} is the language the invitation is written in, for a new account. */
    public record Appointment(String email, String displayName, long councilId, String position, Locale locale) {
    }
}
