package id.kriya.trust.complaint;

import java.util.List;

import id.kriya.council.OfficerView;
import id.kriya.council.OfficerWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the officer's home how many complaints of their areas wait for them, with the link to the queue. */
@Component
class ComplaintsWaiting implements OfficerWork {

    private final ComplaintMediation mediation;

    ComplaintsWaiting(ComplaintMediation mediation) {
        this.mediation = mediation;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> waitingFor(OfficerView officer) {
        long waiting = mediation.waitingCount(officer.userId());
        return waiting == 0 ? List.of()
                : List.of(new Task("complaint.officer.waiting", waiting, "/officer/complaints"));
    }
}
