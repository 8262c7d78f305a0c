package id.kriya.catalog.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** How many rupiah one US dollar, euro and Australian dollar cost, as the admin sets them. */
class CurrencyForm {

    @NotNull
    @DecimalMin(value = "1", message = "{catalog.currency.range}")
    @DecimalMax(value = "1000000", message = "{catalog.currency.range}")
    @Digits(integer = 7, fraction = 2, message = "{catalog.currency.range}")
    private BigDecimal usd;
    @NotNull
    @DecimalMin(value = "1", message = "{catalog.currency.range}")
    @DecimalMax(value = "1000000", message = "{catalog.currency.range}")
    @Digits(integer = 7, fraction = 2, message = "{catalog.currency.range}")
    private BigDecimal eur;
    @NotNull
    @DecimalMin(value = "1", message = "{catalog.currency.range}")
    @DecimalMax(value = "1000000", message = "{catalog.currency.range}")
    @Digits(integer = 7, fraction = 2, message = "{catalog.currency.range}")
    private BigDecimal aud;

    public BigDecimal getUsd() { return usd; }
    public void setUsd(BigDecimal usd) { this.usd = usd; }
    public BigDecimal getEur() { return eur; }
    public void setEur(BigDecimal eur) { this.eur = eur; }
    public BigDecimal getAud() { return aud; }
    public void setAud(BigDecimal aud) { this.aud = aud; }
}
