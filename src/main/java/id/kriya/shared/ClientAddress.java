package id.kriya.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network a request came from, as counters of abuse (wrong passwords, guessed codes) should count it: one IPv4
 * address, or one IPv6 /64 network, since one home or phone holds a whole /64 and could otherwise change address at
 * every try. Built from the request's remote address only: behind a proxy that is the visitor's when the server
 * reads the proxy's forwarded headers ({@code server.forward-headers-strategy}); raw {@code X-Forwarded-For}
 * headers are never read, so a visitor cannot pretend to be many.
 */
public final class ClientAddress {

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    private ClientAddress() {
    }

    /** The network to count, in one spelling per network; empty when the address is unknown. */
    public static Optional<String> network(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return Optional.empty();
        }
        String client = remoteAddress.trim();
        if (client.indexOf(':') >= 0 && IPV6.matcher(client).matches()) {
            try {
                // A literal address (only hex digits, colons and dots): parsed, never looked up.
                byte[] bytes = InetAddress.getByName(client).getAddress();
                client = bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64"
                        : InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // Kept as written.
            }
        }
        return Optional.of(client.toLowerCase(Locale.ROOT));
    }
}
