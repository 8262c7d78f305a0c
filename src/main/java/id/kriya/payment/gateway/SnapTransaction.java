package id.kriya.payment.gateway;

import java.net.URI;

/** A Snap transaction: its token and the page of the gateway where the buyer pays. */
public record SnapTransaction(String token, URI redirectUrl) {
}
