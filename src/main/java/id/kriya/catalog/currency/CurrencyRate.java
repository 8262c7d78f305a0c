package id.kriya.catalog.currency;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many rupiah one unit of a currency costs, as an admin last set it. */
@Entity
@Table(name = "catalog_currency_rate")
class CurrencyRate {

    @Id
    @Enumerated(EnumType.STRING)
    private Currency code;

    private BigDecimal rupiahPerUnit;
    private Instant updatedAt;
    private Long updatedBy;

    protected CurrencyRate() {
    }

    CurrencyRate(Currency code) {
        this.code = code;
    }

    void set(BigDecimal rupiahPerUnit, long adminId, Instant now) {
        if (rupiahPerUnit == null || rupiahPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be positive");
        }
        this.rupiahPerUnit = rupiahPerUnit;
        this.updatedBy = adminId;
        this.updatedAt = now;
    }

    Currency code() {
        return code;
    }

    BigDecimal rupiahPerUnit() {
        return rupiahPerUnit;
    }
}
