/**
 * Getting paid: an artisan's QRIS (read from a photo of the static sticker or pasted, checked as EMVCo data with
 * its CRC, and turned into a dynamic QRIS for the exact amount at checkout or at a booth), bank transfer with a
 * proof photo, an optional payment-gateway adapter with signed, idempotent notifications, and the payment ledger
 * where every payment, confirmation and refund is a row.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package id.kriya.payment;
