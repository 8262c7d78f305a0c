package id.kriya.exhibition.sales;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import id.kriya.catalog.ProductStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Cancels QRIS sales at the booth that nobody marked paid in time and puts their pieces back on sale: a buyer who
 * walked away must not keep a one-of-a-kind piece off the online shop. Batches are taken with SKIP LOCKED, so with
 * several Kriya instances each sale is cancelled once, and a sale being marked paid at that moment is left alone.
 */
@Component
class UnpaidBoothSales {

    private static final Logger log = LoggerFactory.getLogger(UnpaidBoothSales.class);
    private static final int BATCH = 20;

    private final BoothSaleRows rows;
    private final ProductStock stock;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Duration wait;

    UnpaidBoothSales(BoothSaleRows rows, ProductStock stock, TransactionOperations transactions, Clock clock,
                     @Value("${kriya.exhibition.qris-wait:PT30M}") Duration wait) {
        this.rows = rows;
        this.stock = stock;
        this.transactions = transactions;
        this.clock = clock;
        this.wait = wait;
    }

    @Scheduled(fixedDelayString = "${kriya.exhibition.unpaid-poll-interval:PT1M}",
            initialDelayString = "${kriya.exhibition.unpaid-poll-interval:PT1M}")
    void poll() {
        int cancelled = cancelOverdue();
        if (cancelled > 0) {
            log.info("Cancelled {} booth QRIS sales not paid within {}", cancelled, wait);
        }
    }

    /** Cancels every QRIS sale waiting longer than the wait, batch by batch; returns how many. */
    int cancelOverdue() {
        int cancelled = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> {
                List<Long> due = rows.lockUnpaidBefore(clock.instant().minus(wait), BATCH);
                rows.findAllById(due).forEach(sale -> {
                    sale.expire(clock.instant());
                    if (sale.productId() != null) {
                        stock.putBack(sale.productId(), sale.quantity());
                    }
                });
                return due.size();
            });
            cancelled += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return cancelled;
            }
        }
    }
}
