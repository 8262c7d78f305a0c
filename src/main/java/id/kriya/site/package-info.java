/**
 * The public front of Kriya: the home page and the council directory, composed from what the other modules
 * publish (pieces for sale from the catalog's showcase), and the artisan's own home ({@code /my}): a setup list from a verified business to a first product on
 * sale, and the orders that wait. It sits at the top of the module graph so that the modules it shows never need to
 * know each other.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account :: api", "council :: api", "artisan :: api", "catalog :: api", "payment :: api", "shipping :: api", "ordering :: api", "trust", "trust :: review", "shared"})
package id.kriya.site;
