package id.kriya.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** One curator's scores for one application, one per criterion in the rubric's order, with a comment. */
@Entity
@Table(name = "curation_scoresheet")
class Scoresheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    private long curatorId;
    private String comment;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "curation_score", joinColumns = @JoinColumn(name = "scoresheet_id"))
    @OrderColumn(name = "position")
    @Column(name = "score")
    @BatchSize(size = 200)
    private List<Integer> scores = new ArrayList<>();

    @Version
    private long version;

    protected Scoresheet() {
    }

    Scoresheet(long applicationId, long curatorId) {
        this.applicationId = applicationId;
        this.curatorId = curatorId;
    }

    /** Replaces the scores; each must lie on the scale and there must be one per criterion. */
    void score(List<Integer> values, int criteria, int scaleMax, String comment, Instant now) {
        if (values == null || values.size() != criteria || values.stream().anyMatch(v -> v == null)) {
            throw new CurationRuleException("curation.rule.scoreMissing");
        }
        if (values.stream().anyMatch(v -> v < 1 || v > scaleMax)) {
            throw new CurationRuleException("curation.rule.scoreOutOfScale", scaleMax);
        }
        this.scores.clear();
        this.scores.addAll(values);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.updatedAt = now;
    }

    long applicationId() {
        return applicationId;
    }

    long curatorId() {
        return curatorId;
    }

    String comment() {
        return comment;
    }

    List<Integer> scores() {
        return List.copyOf(scores);
    }

    /** The weighted total on 0–100: each score's share of the scale times its criterion's weight. */
    double total(List<Criterion> criteria, int scaleMax) {
        double sum = 0;
        for (int i = 0; i < criteria.size() && i < scores.size(); i++) {
            sum += criteria.get(i).weight() * (double) scores.get(i) / scaleMax;
        }
        return sum;
    }
}
