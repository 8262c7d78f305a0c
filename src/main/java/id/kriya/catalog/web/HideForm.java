package id.kriya.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an officer hides a product; the artisan reads it and fixes the product. */
class HideForm {

    @NotBlank
    @Size(min = 10, max = 500, message = "{catalog.hide.reason.size}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? null : reason.strip(); }
}
