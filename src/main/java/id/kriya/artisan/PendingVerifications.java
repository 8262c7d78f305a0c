package id.kriya.artisan;

import java.util.List;

import id.kriya.council.OfficerView;
import id.kriya.council.OfficerWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the officer's home how many businesses in their areas wait to be verified, with the link to the list. */
@Component
class PendingVerifications implements OfficerWork {

    private final ArtisanVerification verification;

    PendingVerifications(ArtisanVerification verification) {
        this.verification = verification;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> waitingFor(OfficerView officer) {
        long pending = verification.pendingCount(officer.userId());
        return pending == 0 ? List.of()
                : List.of(new Task("artisan.officer.waiting", pending, "/officer/members?status=PENDING"));
    }
}
