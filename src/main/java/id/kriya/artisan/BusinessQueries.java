package id.kriya.artisan;

import java.util.Collection;
import java.util.Locale;

import id.kriya.artisan.certification.CertificationType;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters shared by the officer's list, its exports and the public directory. */
final class BusinessQueries {

    /** Newest first; the id breaks ties so that pages never repeat or skip a row. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private BusinessQueries() {
    }

    static Specification<Business> matching(Collection<String> regionCodes, MemberFilter filter) {
        return inRegions(regionCodes)
                .and(withStatus(filter.status()))
                .and(practising(filter.craft()))
                .and(certifiedFor(filter.certification()))
                .and(mentioning(filter.text()))
                .and(withoutNib(filter.withoutNib()));
    }

    static Specification<Business> withoutNib(boolean only) {
        return (root, query, cb) -> only ? cb.isNull(root.get("nib")) : null;
    }

    static Specification<Business> inRegions(Collection<String> regionCodes) {
        return (root, query, cb) -> root.get("regionCode").in(regionCodes);
    }

    static Specification<Business> withStatus(BusinessStatus status) {
        return (root, query, cb) -> status == null ? null : cb.equal(root.get("status"), status);
    }

    static Specification<Business> practising(Craft craft) {
        return (root, query, cb) -> {
            if (craft == null) {
                return null;
            }
            // A correlated sub-query rather than a join, so that paging counts each business once.
            Subquery<Long> sub = query.subquery(Long.class);
            Root<Business> same = sub.from(Business.class);
            Join<Business, Craft> crafts = same.join("crafts");
            sub.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")), cb.equal(crafts, craft));
            return cb.exists(sub);
        };
    }

    static Specification<Business> certifiedFor(CertificationType type) {
        return (root, query, cb) -> {
            if (type == null) {
                return null;
            }
            Subquery<Long> sub = query.subquery(Long.class);
            Root<Business> same = sub.from(Business.class);
            Join<Business, HeldCertification> held = same.join("certifications");
            sub.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")), cb.equal(held.get("type"), type));
            return cb.exists(sub);
        };
    }

    /** Name, owner or village containing the words typed, whatever their case; % and _ match only themselves. */
    static Specification<Business> mentioning(String text) {
        return (root, query, cb) -> {
            if (text == null || text.isBlank()) {
                return null;
            }
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(root.get("ownerName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("village")), pattern, '\\'));
        };
    }
}
