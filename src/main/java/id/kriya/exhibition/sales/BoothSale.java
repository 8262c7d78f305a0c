package id.kriya.exhibition.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.shared.Rupiah;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sale at an exhibitor's booth. It guards its own life: only a QRIS sale waits for payment, and only while it waits
 * can it be marked paid or cancelled.
 */
@Entity
@Table(name = "exhibition_booth_sale")
class BoothSale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String receiptNumber;
    private UUID requestToken;
    private long stageId;
    private long businessId;
    private Long productId;
    private String item;
    private int quantity;
    private long unitPrice;
    private long total;

    @Enumerated(EnumType.STRING)
    private SaleMethod method;

    @Enumerated(EnumType.STRING)
    private SaleStatus status;

    private LocalDate saleDay;
    private boolean fromBook;
    private long recordedBy;
    private Instant recordedAt;
    private Long settledBy;
    private Instant settledAt;

    @Version
    private long version;

    protected BoothSale() {
    }

    /**
     * A sale: a QRIS sale at the booth waits for the money; a cash sale, and any sale copied from the paper book
     * after the fact, is paid when recorded.
     */
    BoothSale(String receiptNumber, UUID requestToken, long stageId, long businessId, Long productId, String item,
              int quantity, Rupiah unitPrice, SaleMethod method, LocalDate day, boolean fromBook, long userId,
              Instant now) {
        if (quantity < 1 || quantity > NewBoothSale.QUANTITY_MAX || !unitPrice.isPositive()) {
            throw new IllegalArgumentException("A quantity of 1 to 999 at a positive price");
        }
        this.receiptNumber = receiptNumber;
        this.requestToken = requestToken;
        this.stageId = stageId;
        this.businessId = businessId;
        this.productId = productId;
        this.item = item;
        this.quantity = quantity;
        this.unitPrice = unitPrice.amount();
        this.total = unitPrice.times(quantity).amount();
        this.method = method;
        this.saleDay = day;
        this.fromBook = fromBook;
        this.recordedBy = userId;
        this.recordedAt = now;
        if (method == SaleMethod.QRIS && !fromBook) {
            this.status = SaleStatus.AWAITING_PAYMENT;
        } else {
            settle(SaleStatus.PAID, userId, now);
        }
    }

    void markPaid(long userId, Instant now) {
        awaiting();
        settle(SaleStatus.PAID, userId, now);
    }

    void cancel(long userId, Instant now) {
        awaiting();
        settle(SaleStatus.CANCELLED, userId, now);
    }

    /** Nobody confirmed the QRIS payment in time: cancelled by Kriya itself, so no one is named as settling it. */
    void expire(Instant now) {
        awaiting();
        this.status = SaleStatus.CANCELLED;
        this.settledBy = null;
        this.settledAt = now;
    }

    private void awaiting() {
        if (status != SaleStatus.AWAITING_PAYMENT) {
            throw new ExhibitionRuleException("exhibition.sales.rule.settled." + status);
        }
    }

    private void settle(SaleStatus status, long userId, Instant now) {
        this.status = status;
        this.settledBy = userId;
        this.settledAt = now;
    }

    long businessId() {
        return businessId;
    }

    Long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }

    String receiptNumber() {
        return receiptNumber;
    }

    Rupiah total() {
        return Rupiah.of(total);
    }

    SaleMethod method() {
        return method;
    }

    BoothSaleView toView() {
        return new BoothSaleView(id == null ? 0 : id, receiptNumber, stageId, businessId, productId, item, quantity,
                Rupiah.of(unitPrice), Rupiah.of(total), method, status, saleDay, fromBook, recordedBy, recordedAt,
                settledAt);
    }
}
