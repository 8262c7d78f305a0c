package id.kriya.artisan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an officer sends a business back; the owner reads it. */
class RejectForm {

    @NotBlank
    @Size(min = 10, max = 500, message = "{artisan.review.reason.size}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? null : reason.strip(); }
}
