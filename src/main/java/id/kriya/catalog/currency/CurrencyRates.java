package id.kriya.catalog.currency;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rates an admin sets for approximate foreign prices. They are a guide for visitors from abroad, never what
 * anyone pays: buyers always pay the rupiah price.
 */
@Service
@Transactional
@NamedInterface("api")
public class CurrencyRates {

    private final CurrencyRateRepository rates;
    private final Clock clock;

    CurrencyRates(CurrencyRateRepository rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** Rupiah per unit of each currency that has a rate. */
    @Transactional(readOnly = true)
    public Map<Currency, BigDecimal> current() {
        Map<Currency, BigDecimal> current = new EnumMap<>(Currency.class);
        rates.findAll().forEach(rate -> current.put(rate.code(), rate.rupiahPerUnit()));
        return current;
    }

    public void set(Map<Currency, BigDecimal> rupiahPerUnit, long adminId) {
        rupiahPerUnit.forEach((currency, value) -> {
            CurrencyRate rate = rates.findById(currency).orElseGet(() -> new CurrencyRate(currency));
            rate.set(value, adminId, clock.instant());
            rates.save(rate);
        });
    }

    /** The price in this currency, when it has a rate. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> approximate(Rupiah price, Currency currency) {
        return rates.findById(currency).map(rate -> price.in(rate.rupiahPerUnit()));
    }
}
