package org.rostrum.serve;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@code Host} headers the preview server answers. Bound to a loopback address, it answers
 * only to the names of this computer with the server's port ({@code localhost:8080},
 * {@code 127.0.0.1:8080}, {@code [::1]:8080}), so that a web page cannot reach the preview through
 * a name of its own that resolves to 127.0.0.1 (DNS rebinding). Bound to any other address, the
 * names that reach it are not known in advance, and every host is answered.
 *
 * @param allowed the {@code Host} values answered, lower case; empty means every host
 */
record HostCheck(Optional<Set<String>> allowed) {

    HostCheck {
        allowed = allowed.map(Set::copyOf);
    }

    /** The check for a server bound to {@code bound} (null or a wildcard means every address) on {@code port}. */
    static HostCheck of(InetAddress bound, int port) {
        if (bound == null || !bound.isLoopbackAddress()) {
            return new HostCheck(Optional.empty());
        }
        String suffix = ":" + port;
        Set<String> names = port == 80
                ? Set.of("localhost", "127.0.0.1", "[::1]", "localhost" + suffix, "127.0.0.1" + suffix, "[::1]" + suffix)
                : Set.of("localhost" + suffix, "127.0.0.1" + suffix, "[::1]" + suffix);
        return new HostCheck(Optional.of(names));
    }

    /** Whether a request with this {@code Host} header (null when it has none) is answered. */
    boolean allows(String host) {
        return allowed.isEmpty() || (host != null && allowed.get().contains(host.strip().toLowerCase(Locale.ROOT)));
    }
}
