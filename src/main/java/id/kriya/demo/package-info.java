/**
 * Demo data for a first look at Kriya on the embedded database: councils' officers, a curator, a buyer and about
 * thirty artisans of Bali's nine regencies, eleven of them with products and photos drawn in code, the council's flagship exhibition with its venue's booth plan, and an online painting exhibition with a Kamasan room and a Batuan room, and the flagship's curation: stage I's call scored by three curators and published, stage II's call open for entries. The demo data uses only the other modules' public APIs, as any client would. With the {@code scale} profile,
 * {@link id.kriya.demo.ScaleCatalog} also streams a benchmark catalog (100,000 products over 2,000 businesses) into
 * the tables in bulk and rebuilds the search index.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "council :: api", "artisan :: api", "catalog :: api", "catalog :: search", "media :: api", "ordering :: api", "payment :: api", "shipping :: api", "exhibition :: api", "exhibition :: sales", "curation :: api", "trust", "trust :: review", "trust :: complaint", "platform :: database", "shared"})
package id.kriya.demo;
