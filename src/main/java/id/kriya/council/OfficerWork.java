package id.kriya.council;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What waits for an officer in another module, for the officer's home: a module above the council in the graph
 * (the artisan registry, …) implements this, so that the council's page can list the work without depending on it.
 */
@NamedInterface("api")
public interface OfficerWork {

    /** The lines of work waiting for this officer, none when nothing waits. */
    List<Task> waitingFor(OfficerView officer);

    /**
     * One line: {@code messageKey} takes the count as its argument; {@code path} is where the work is done.
     */
    record Task(String messageKey, long count, String path) {
    }
}
