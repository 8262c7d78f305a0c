package id.kriya.council;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council module's public face: the hierarchy of councils and what each officer may see. */
@Service
@Transactional(readOnly = true)
public class CouncilManagement {

    private final Councils councils;
    private final Officers officers;

    CouncilManagement(Councils councils, Officers officers) {
        this.councils = councils;
        this.officers = officers;
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
        Map<Long, String> provinceCodes = provinceCodesById();
        return councils.findByParentIdIsNotNullOrderByCode().stream()
                .map(area -> area.toView(provinceCodes.get(area.parentId())))
                .toList();
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
}
