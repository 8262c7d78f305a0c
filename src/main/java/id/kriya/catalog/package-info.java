/**
 * What artisans make and sell: products with their story, category, materials, technique, maker and place of
 * origin, size, weight, price and stock, its photos (kept by the media module, in order, the first the cover), and the life of a listing from draft to published, hidden by a council,
 * sold out or archived; the shop listing on an artisan's page; the approximate foreign prices shown to visitors
 * from abroad. Other modules read products through {@link id.kriya.catalog.ProductCatalog} and hear of their
 * life through its events ({@link id.kriya.catalog.ProductPublished}, {@link id.kriya.catalog.ProductHidden}, …).
 * A product is published only once buyers have a way to pay its business, as the payment module knows it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "council :: api", "artisan :: api", "media :: api", "payment :: api", "shared"})
package id.kriya.catalog;
