package id.kriya.trust.complaint;

import java.time.Instant;

import id.kriya.trust.standing.ComplaintTally;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A shop's complaints for its standing: opened in the window, and decided against it by an officer in the window. */
@Component
class ComplaintTallies implements ComplaintTally {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public Tally of(long businessId, Instant since) {
        Object[] row = entityManager.createQuery("""
                        select count(c) filter (where c.openedAt >= :since),
                               count(c) filter (where c.againstShop = true and c.decidedAt >= :since)
                        from Complaint c where c.businessId = :business""", Object[].class)
                .setParameter("business", businessId)
                .setParameter("since", since)
                .getSingleResult();
        return new Tally(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
}
