package id.kriya.trust.review;

import java.time.Instant;

import id.kriya.trust.standing.ReviewScores;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A shop's reviews for its standing: those written in the window that a council has not hidden, all three scores. */
@Component
class ReviewScoresOfShops implements ReviewScores {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public Score of(long businessId, Instant since) {
        Object[] row = entityManager.createQuery("""
                        select count(r), avg((r.asPictured + r.quality + r.service) / 3.0)
                        from Review r
                        where r.businessId = :business and r.createdAt >= :since and r.hiddenAt is null""",
                        Object[].class)
                .setParameter("business", businessId)
                .setParameter("since", since)
                .getSingleResult();
        int count = ((Number) row[0]).intValue();
        return new Score(count, count == 0 ? null : ((Number) row[1]).doubleValue());
    }
}
