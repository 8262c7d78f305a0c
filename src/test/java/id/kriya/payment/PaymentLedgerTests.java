package id.kriya.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.payment.LedgerEntry.Kind;
import id.kriya.payment.LedgerEntry.Method;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@KriyaWebTest
class PaymentLedgerTests {

    static final Instant MORNING = Instant.parse("2026-11-25T01:00:00Z");

    @Autowired
    PaymentLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordingTheSameEventTwiceLeavesOneRow() {
        String order = reference();
        LedgerEntry confirmed = entry(order, 42, Kind.PAYMENT_CONFIRMED, 350_000, MORNING);

        ledger.record(confirmed);
        ledger.record(confirmed);
        ledger.record(entry(order, 42, Kind.PAYMENT_CONFIRMED, 999_000, MORNING.plusSeconds(60)));

        assertThat(ledger.of(order)).containsExactly(confirmed);
    }

    @Test
    void eachKindOfEventForAReferenceIsItsOwnRow() {
        String order = reference();
        ledger.record(entry(order, 42, Kind.PAYMENT_CONFIRMED, 350_000, MORNING));
        ledger.record(entry(order, 42, Kind.REFUND_DUE, 350_000, MORNING.plusSeconds(3600)));
        ledger.record(entry(order, 42, Kind.REFUNDED, 350_000, MORNING.plusSeconds(7200)));

        assertThat(ledger.of(order)).extracting(LedgerEntry::kind)
                .containsExactly(Kind.PAYMENT_CONFIRMED, Kind.REFUND_DUE, Kind.REFUNDED);
    }

    @Test
    void aBusinessReadsItsOwnLedgerNewestFirstInPages() {
        long business = 9_000_000L + (System.nanoTime() % 1_000_000);
        for (int day = 1; day <= 3; day++) {
            ledger.record(entry(reference(), business, Kind.PAYMENT_CONFIRMED, day * 1_000L, MORNING.plusSeconds(day * 86_400L)));
        }
        ledger.record(entry(reference(), business + 1, Kind.PAYMENT_CONFIRMED, 7_000, MORNING));

        Page<LedgerEntry> first = ledger.ofBusiness(business, PageRequest.of(0, 2));
        Page<LedgerEntry> second = ledger.ofBusiness(business, PageRequest.of(1, 2));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).extracting(LedgerEntry::amount).containsExactly(Rupiah.of(3_000), Rupiah.of(2_000));
        assertThat(second.getContent()).extracting(LedgerEntry::amount).containsExactly(Rupiah.of(1_000));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveALedgerRow() {
        String order = reference();
        ledger.record(entry(order, 42, Kind.PAYMENT_CONFIRMED, 350_000, MORNING));

        assertThatThrownBy(() -> jdbc.sql("UPDATE payment_ledger SET amount = 1 WHERE reference = ?").param(order).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM payment_ledger WHERE reference = ?").param(order).update())
                .hasMessageContaining("append-only");
        assertThat(ledger.of(order)).extracting(LedgerEntry::amount).containsExactly(Rupiah.of(350_000));
    }

    @Test
    void anEntryIsWholeRupiahAndNeverNegative() {
        assertThatThrownBy(() -> entry(reference(), 42, Kind.REFUNDED, -1, MORNING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(" ", 42, Kind.REFUNDED, 1, MORNING)).isInstanceOf(IllegalArgumentException.class);
    }

    static LedgerEntry entry(String reference, long businessId, Kind kind, long amount, Instant at) {
        return new LedgerEntry(reference, businessId, kind, Method.QRIS, Rupiah.of(amount), 7L, "Dikonfirmasi perajin", at);
    }

    static String reference() {
        return "KRY-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
