/**
 * Getting paid: an artisan's QRIS (read from a photo of the static sticker or pasted, checked as EMVCo data with
 * its CRC, and turned into a dynamic QRIS for the exact amount at checkout or at a booth), bank transfer with a
 * proof photo (with what a bank abroad needs: SWIFT/BIC, bank and beneficiary address), an optional payment gateway
 * (Midtrans: card payment on its Snap page, created server to server for the exact amount, and signed, idempotent
 * notifications that settle only the amount expected), and the payment ledger where every payment, confirmation and
 * refund is a row. Other modules use its {@code api} named interface: {@link id.kriya.payment.PaymentOptions},
 * {@link id.kriya.payment.qris.QrCodes}, {@link id.kriya.payment.PaymentLedger},
 * {@link id.kriya.payment.gateway.GatewayPayments} and {@link id.kriya.payment.gateway.CardPayments}, and hear of
 * gateway settlements through {@link id.kriya.payment.GatewaySettled}; payment knows nothing of orders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "artisan :: api", "shared"})
package id.kriya.payment;
