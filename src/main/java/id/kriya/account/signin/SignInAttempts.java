package id.kriya.account.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.account.signin.SignInThrottle.Scope;
import id.kriya.shared.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords in the database (so every instance sees the same counts), twice: per e-mail address typed
 * and per client address. Every address typed is counted, whether it has an account or not, so that "wait 15
 * seconds" tells nobody which addresses have one. An e-mail address must wait a little longer after each of a few
 * wrong passwords, then locks for a quarter of an hour; a client that fails many times, on one address or on many,
 * waits too. The rows are locked while counting, so that wrong passwords sent at the same moment all count.
 * <p>
 * The client address is the request's remote address: behind a proxy it is the visitor's only when the server
 * reads the proxy's forwarded headers ({@code server.forward-headers-strategy}), which trusts them from the
 * proxies configured there alone. Raw {@code X-Forwarded-For} headers are never read here, so a visitor cannot
 * pretend to be many.
 */
@Component
public class SignInAttempts {

    private final SignInThrottles throttles;
    private final Clock clock;

    SignInAttempts(SignInThrottles throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        // Always the e-mail first, then the client: two sign-ins lock their rows in the same order.
        count(Scope.EMAIL, emailKey(String.valueOf(event.getAuthentication().getPrincipal())), now);
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            clientKey(details.getRemoteAddress()).ifPresent(client -> count(Scope.CLIENT, client, now));
        }
    }

    /** The right password for this address: its wrong ones are forgotten (the client's are not). */
    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KriyaUser user) {
            forget(user.email());
        }
    }

    /** A new password chosen through a link sent to the address lifts its lock. */
    @Transactional
    public void forget(String email) {
        throttles.forget(Scope.EMAIL, emailKey(email));
    }

    /**
     * How long a sign-in with this e-mail address from this client must still wait, if it must: the longer of the
     * two waits.
     *
     * @param clientAddress the request's remote address; {@code null} when unknown
     */
    @Transactional(readOnly = true)
    public Optional<Wait> waitFor(String email, String clientAddress) {
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>(List.of(emailKey(email)));
        clientKey(clientAddress).ifPresent(keys::add);
        return throttles.findByKeyHashIn(keys).stream()
                .flatMap(throttle -> throttle.waitAt(now).stream())
                .max(Comparator.comparing(Wait::duration));
    }

    /** Rows nobody has failed on for a day say nothing any more; any instance may sweep them. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void sweep() {
        throttles.deleteStale(clock.instant().minus(Scope.EMAIL.forgetAfter()));
    }

    private void count(Scope scope, String key, Instant now) {
        throttles.ensure(scope.name(), key, now);
        throttles.lock(scope, key).orElseThrow().recordFailure(now);
    }

    static String emailKey(String email) {
        return hash(Scope.EMAIL, email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    /** One key per IPv4 address, and per /64 network for IPv6 ({@link ClientAddress}). */
    static Optional<String> clientKey(String address) {
        return ClientAddress.network(address).map(network -> hash(Scope.CLIENT, network));
    }

    private static String hash(Scope scope, String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((scope.name() + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A wait before the next try. {@code lockedOut} tells the long lock-out from the short slow-downs by the count
     * of failures, not by the length of the wait; {@code client} says the client, not the address, must wait.
     */
    public record Wait(Duration duration, boolean lockedOut, boolean client) {
    }
}
