package id.kriya.exhibition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/** What an automatic booth draw did: booth codes by exhibitor id for those newly placed, and those left without. */
@NamedInterface("api")
public record BoothsAssigned(Map<Long, String> placed, List<ExhibitorView> withoutBooth) {

    public BoothsAssigned {
        placed = Collections.unmodifiableMap(new LinkedHashMap<>(placed));
        withoutBooth = List.copyOf(withoutBooth);
    }
}
