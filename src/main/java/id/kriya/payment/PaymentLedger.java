package id.kriya.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import id.kriya.payment.LedgerEntry.Kind;
import id.kriya.payment.LedgerEntry.Method;
import id.kriya.shared.Rupiah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment ledger: every payment, confirmation and refund as one row, added and never changed (the database
 * refuses updates and deletes). Recording the same (reference, kind) again is ignored, so a retried confirmation
 * or a repeated gateway notification leaves one row.
 */
@Service
@Transactional
@NamedInterface("api")
public class PaymentLedger {

    private static final Logger log = LoggerFactory.getLogger(PaymentLedger.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    PaymentLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Someone saw the money arrive (an artisan for a QRIS or transfer, an exhibitor at the booth), now. */
    public void paymentConfirmed(String reference, long businessId, Method method, Rupiah amount, long confirmedBy,
                                 String note) {
        record(new LedgerEntry(reference, businessId, Kind.PAYMENT_CONFIRMED, method, amount, confirmedBy, note,
                clock.instant()));
    }

    /**
     * Money received for something that will not happen, or not as promised, is owed back to the buyer, for this
     * reason; {@code decidedBy} is null when the system found it owed (a time ran out).
     */
    public void refundDue(String reference, long businessId, Method method, Rupiah amount, Long decidedBy,
                          String reason) {
        record(new LedgerEntry(reference, businessId, Kind.REFUND_DUE, method, amount, decidedBy, reason,
                clock.instant()));
    }

    /** The money owed back was paid back. */
    public void refunded(String reference, long businessId, Method method, Rupiah amount, long paidBy) {
        refunded(reference, businessId, method, amount, paidBy, null);
    }

    /** The money owed back was paid back; the note says where its proof is. */
    public void refunded(String reference, long businessId, Method method, Rupiah amount, long paidBy, String note) {
        record(new LedgerEntry(reference, businessId, Kind.REFUNDED, method, amount, paidBy, note, clock.instant()));
    }

    /** Adds the entry unless its (reference, kind) is already in the ledger. */
    public void record(LedgerEntry entry) {
        recordOnce(entry);
    }

    /** True when the entry was added; false when its (reference, kind) was already there. */
    public boolean recordOnce(LedgerEntry entry) {
        int added = jdbc.sql("""
                        INSERT INTO payment_ledger (reference, business_id, kind, method, amount, actor_user_id, note, at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT ON CONSTRAINT payment_ledger_once DO NOTHING""")
                .params(entry.reference(), entry.businessId(), entry.kind().name(), entry.method().name(),
                        entry.amount().amount(), entry.actorUserId(), entry.note(),
                        OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .update();
        if (added == 0) {
            log.info("Ledger already holds {} for {}; the repeat is ignored", entry.kind(), entry.reference());
        }
        return added == 1;
    }

    /** Everything recorded for this reference, oldest first. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> of(String reference) {
        return jdbc.sql("SELECT * FROM payment_ledger WHERE reference = ? ORDER BY at, id")
                .param(reference)
                .query(PaymentLedger::entry)
                .list();
    }

    /** The business's ledger, newest first. */
    @Transactional(readOnly = true)
    public Page<LedgerEntry> ofBusiness(long businessId, Pageable pageable) {
        long total = jdbc.sql("SELECT count(*) FROM payment_ledger WHERE business_id = ?")
                .param(businessId).query(Long.class).single();
        List<LedgerEntry> rows = jdbc.sql("""
                        SELECT * FROM payment_ledger WHERE business_id = ?
                        ORDER BY at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(businessId, pageable.getPageSize(), pageable.getOffset())
                .query(PaymentLedger::entry)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static LedgerEntry entry(ResultSet row, int number) throws SQLException {
        long actor = row.getLong("actor_user_id");
        Long actorUserId = row.wasNull() ? null : actor;
        return new LedgerEntry(row.getString("reference"), row.getLong("business_id"), Kind.valueOf(row.getString("kind")),
                Method.valueOf(row.getString("method")), Rupiah.of(row.getLong("amount")), actorUserId,
                row.getString("note"), row.getObject("at", OffsetDateTime.class).toInstant());
    }
}
