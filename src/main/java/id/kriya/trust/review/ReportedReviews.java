package id.kriya.trust.review;

import java.util.List;

import id.kriya.council.CouncilManagement;
import id.kriya.council.OfficerView;
import id.kriya.council.OfficerWork;
import org.springframework.stereotype.Component;

/** On an officer's home: the reviews that artisans of their area reported and no officer decided on yet. */
@Component
class ReportedReviews implements OfficerWork {

    static final String PATH = "/officer/reviews?reported=true";

    private final ReviewQueries queries;
    private final CouncilManagement councils;

    ReportedReviews(ReviewQueries queries, CouncilManagement councils) {
        this.queries = queries;
        this.councils = councils;
    }

    @Override
    public List<Task> waitingFor(OfficerView officer) {
        long count = queries.awaitingCouncil(councils.regionCodesUnder(officer.council().code()));
        return count == 0 ? List.of() : List.of(new Task("trust.review.officer.task", count, PATH));
    }
}
