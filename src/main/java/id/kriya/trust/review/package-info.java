/**
 * Verified-purchase reviews: the buyer of a completed order scores each piece as pictured (sesuai foto), for its
 * quality and for the service, from 1 to 5, perhaps with a text and their own photos, within a time after completion
 * and changing it once soon after; the artisan answers once in public; officers of the shop's area hide a review
 * that breaks the rules, with a reason its author reads. Each review moves the product's and the shop's rating in
 * the catalog ({@link id.kriya.catalog.ProductRatings}). Other modules use {@link id.kriya.trust.review.ReviewDesk}
 * (to review as a given buyer, say) and {@link id.kriya.trust.review.ReviewQueries}.
 */
@org.springframework.modulith.NamedInterface("review")
package id.kriya.trust.review;
