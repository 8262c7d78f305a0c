package id.kriya.ordering.web;

import java.util.HashMap;
import java.util.Map;

import id.kriya.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the buyer types at checkout: who they are, where it goes (in Indonesia or abroad), the delivery per artisan
 * business, and two hidden fields: the checkout's id (one per form shown, so a second submission is recognised)
 * and the total the buyer was shown.
 */
class CheckoutForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @EmailAddress
    private String email;

    @NotBlank
    @Pattern(regexp = "^\\+?[0-9 ()-]{8,20}$", message = "{ordering.checkout.phone.invalid}")
    private String phone;

    @NotBlank
    @Pattern(regexp = "^[A-Z]{2}$")
    private String country = "ID";

    @Pattern(regexp = "^([0-9]{2}(\\.[0-9]{2})?)?$")
    private String regionCode;

    @NotBlank
    @Size(max = 80)
    private String city;

    @Size(max = 80)
    private String district;

    @NotBlank
    @Size(max = 12)
    private String postalCode;

    @NotBlank
    @Size(max = 300)
    private String lines;

    private Map<Long, String> deliveries = new HashMap<>();

    @Pattern(regexp = "^[0-9a-f-]{36}$")
    private String checkoutId;

    @Pattern(regexp = "^[0-9]{0,13}$")
    private String expectedTotal;

    /** The fingerprint of every price the buyer was shown ({@code CheckoutPreview.fingerprint()}). */
    @Pattern(regexp = "^([0-9a-f]{32})?$")
    private String seenPrices;

    /** How the buyer will pay: empty for QRIS or transfer after placing, {@link #CARD} for the gateway's card page. */
    @Pattern(regexp = "^(CARD)?$")
    private String payment;

    /** The currency the buyer chose for approximate totals (USD, EUR, AUD), or empty. */
    @Pattern(regexp = "^([A-Z]{3})?$")
    private String currency;

    static final String CARD = "CARD";

    public boolean paysByCard() {
        return CARD.equals(payment);
    }

    boolean isAbroad() {
        return !"ID".equals(country);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getLines() { return lines; }
    public void setLines(String lines) { this.lines = lines; }
    public Map<Long, String> getDeliveries() { return deliveries; }
    public void setDeliveries(Map<Long, String> deliveries) { this.deliveries = deliveries; }
    public String getCheckoutId() { return checkoutId; }
    public void setCheckoutId(String checkoutId) { this.checkoutId = checkoutId; }
    public String getExpectedTotal() { return expectedTotal; }
    public void setExpectedTotal(String expectedTotal) { this.expectedTotal = expectedTotal; }
    public String getSeenPrices() { return seenPrices; }
    public void setSeenPrices(String seenPrices) { this.seenPrices = seenPrices; }
    public String getPayment() { return payment; }
    public void setPayment(String payment) { this.payment = payment; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
}
