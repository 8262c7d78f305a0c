package id.kriya.ordering.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Set;

import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import id.kriya.ordering.ShippingAddress;
import id.kriya.shared.Rupiah;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A total in the buyer's own currency, approximately, from the admin's rates: rupiah is always what is charged. The
 * buyer's currency is the one they chose (remembered like the language, in the cookie the product page uses too),
 * else the one of the country the order goes to (the Australian dollar for Australia, the euro in the euro area,
 * the US dollar elsewhere abroad); an order within Indonesia shows none unless the buyer chose one.
 */
@Component
class ApproximateTotals {

    /** The cookie the product page's currency choice is remembered in. */
    static final String COOKIE = "kriya_currency";

    private static final Set<String> EURO_AREA = Set.of("AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES");

    private final CurrencyRates rates;

    ApproximateTotals(CurrencyRates rates) {
        this.rates = rates;
    }

    /** An approximate amount to show: the currency, its sign and the whole amount. */
    record Approximate(Currency currency, String sign, BigDecimal amount) {
    }

    /**
     * The buyer's currency: {@code chosen} now (then remembered), else the remembered one, else the destination's;
     * null for an order within Indonesia with no choice made.
     */
    Currency currencyFor(String chosen, String remembered, ShippingAddress address, HttpServletResponse response) {
        Currency now = Currency.parse(chosen);
        if (now != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, now.name()).path("/")
                    .maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).build().toString());
            return now;
        }
        return address == null ? Currency.parse(remembered) : currencyFor(remembered, address);
    }

    /** The buyer's currency without a choice made now: the remembered one, else the destination's. */
    Currency currencyFor(String remembered, ShippingAddress address) {
        Currency before = Currency.parse(remembered);
        return before != null ? before : ofCountry(address);
    }

    static Currency ofCountry(ShippingAddress address) {
        if (!address.isAbroad()) {
            return null;
        }
        if ("AU".equals(address.country())) {
            return Currency.AUD;
        }
        return EURO_AREA.contains(address.country()) ? Currency.EUR : Currency.USD;
    }

    /** The total in this currency, rounded to whole units; null without a currency or a rate for it. */
    Approximate of(Rupiah total, Currency currency) {
        if (currency == null || total == null) {
            return null;
        }
        return rates.approximate(total, currency)
                .map(amount -> new Approximate(currency, sign(currency), amount.setScale(0, RoundingMode.HALF_UP)))
                .orElse(null);
    }

    static String sign(Currency currency) {
        return switch (currency) {
            case USD -> "US$";
            case EUR -> "€";
            case AUD -> "A$";
        };
    }
}
