package id.kriya.trust.certificate.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is revoked: its public page and its print show this to anyone holding the code. */
class RevokeForm {

    @NotBlank(message = "{trust.certificate.revoke.reason.size}")
    @Size(min = 10, max = 500, message = "{trust.certificate.revoke.reason.size}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? null : reason.strip(); }
}
