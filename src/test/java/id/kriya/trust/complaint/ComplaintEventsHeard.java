package id.kriya.trust.complaint;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import id.kriya.trust.ComplaintAnswered;
import id.kriya.trust.ComplaintClosed;
import id.kriya.trust.ComplaintDecided;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintOpened;
import id.kriya.trust.ComplaintProgressed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The complaint events published, as a later listener (the shop's standing) would hear them, for tests to read. */
@Component
public class ComplaintEventsHeard {

    private final List<Object> heard = new CopyOnWriteArrayList<>();

    @EventListener({ComplaintOpened.class, ComplaintAnswered.class, ComplaintEscalated.class, ComplaintDecided.class,
            ComplaintProgressed.class, ComplaintClosed.class})
    void on(Object event) {
        heard.add(event);
    }

    /** Those of this complaint, in the order they were published. */
    public List<Object> of(String number) {
        return heard.stream().filter(event -> number.equals(numberOf(event))).toList();
    }

    private static String numberOf(Object event) {
        if (event instanceof ComplaintOpened e) {
            return e.number();
        }
        if (event instanceof ComplaintAnswered e) {
            return e.number();
        }
        if (event instanceof ComplaintEscalated e) {
            return e.number();
        }
        if (event instanceof ComplaintDecided e) {
            return e.number();
        }
        if (event instanceof ComplaintProgressed e) {
            return e.number();
        }
        return event instanceof ComplaintClosed e ? e.number() : null;
    }
}
