package id.kriya.trust.reuse;

import java.util.List;

import id.kriya.council.OfficerView;
import id.kriya.council.OfficerWork;
import org.springframework.stereotype.Component;

/** Tells the officer's home how many photos used twice wait for a decision in their areas, with the link to them. */
@Component
class ReuseWork implements OfficerWork {

    private final PhotoReuseQueue queue;

    ReuseWork(PhotoReuseQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<Task> waitingFor(OfficerView officer) {
        long open = queue.openCount(officer.userId());
        return open == 0 ? List.of() : List.of(new Task("trust.reuse.officer.waiting", open, "/officer/photo-reuse"));
    }
}
