/**
 * Photos used twice: each photo a business puts on a product is compared, through the media module's perceptual-hash
 * band indexes, with the photos of every other business; a match within the configured distance waits in the queue
 * of the officers of the uploader's area, who find it fine or hide the product with a reason (through catalog's
 * {@link id.kriya.catalog.ProductModeration}). Nothing is blocked by itself. Demo data and other modules use
 * {@link id.kriya.trust.reuse.PhotoReuseQueue} and hear {@link id.kriya.trust.reuse.PhotoReuseFound}.
 */
@org.springframework.modulith.NamedInterface("reuse")
package id.kriya.trust.reuse;
