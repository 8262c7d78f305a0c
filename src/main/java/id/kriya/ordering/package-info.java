/**
 * Buying: a cart for guests and signed-in buyers (a guest's joins the account at sign-in), a checkout that splits
 * it into one order per artisan and takes every piece from stock in the same transaction, so a one-of-a-kind piece
 * is never sold twice, and the order's life from Menunggu Pembayaran to Selesai or Dibatalkan, with unpaid orders
 * expiring and arrived ones completing by themselves. Orders keep their prices, shipping and address as placed.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account :: api", "council :: api", "artisan :: api", "catalog :: api", "media :: api", "shipping :: api", "payment :: api", "shared"})
package id.kriya.ordering;
