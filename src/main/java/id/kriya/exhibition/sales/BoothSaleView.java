package id.kriya.exhibition.sales;

import java.time.Instant;
import java.time.LocalDate;

import id.kriya.shared.Rupiah;

/** One sale at a booth, with its receipt number; {@code productId} is null for a free-text item. */
public record BoothSaleView(long id, String receiptNumber, long stageId, long businessId, Long productId, String item,
                            int quantity, Rupiah unitPrice, Rupiah total, SaleMethod method, SaleStatus status,
                            LocalDate day, boolean fromBook, long recordedBy, Instant recordedAt, Instant settledAt) {

    public boolean isAwaitingPayment() {
        return status == SaleStatus.AWAITING_PAYMENT;
    }

    public boolean isPaid() {
        return status == SaleStatus.PAID;
    }
}
