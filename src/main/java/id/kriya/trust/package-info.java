/**
 * Trust between buyers and makers after the sale: verified-purchase reviews with the buyers' own photos, complaints
 * within two days of arrival that the artisan answers and a council officer mediates, the piece photographed as
 * shipped, each shop's standing (the trusted-maker badge), certificates of authenticity anyone can verify, and photos
 * that appear in two shops put before the council. It sits above ordering and catalog: it reads orders and products
 * through their APIs, tells them what it decided through calls down, and announces its own steps as events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "council :: api",
        "artisan :: api", "catalog :: api", "media :: api", "ordering :: api", "payment :: api", "shipping :: api", "shared"})
package id.kriya.trust;
