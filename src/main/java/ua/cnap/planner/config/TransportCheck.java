package ua.cnap.planner.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.core.env.Environment;
import ua.cnap.planner.io.BadInputException;

/**
 * The {@code production} profile ({@code planner.security.require-tls=true}) refuses to start a server that
 * listens on a non-loopback address over plain HTTP: passwords and session cookies would cross the
 * network in clear. TLS is on when {@code server.ssl.enabled} is true or {@code server.ssl.bundle} names an
 * SSL bundle. Behind a reverse proxy that does TLS, say so with {@code planner.security.allow-plain-http=true}
 * (and {@code server.forward-headers-strategy=native}).
 */
public final class TransportCheck {

    private TransportCheck() {
    }

    /** @throws BadInputException naming the setting to change when the rule is broken */
    public static void check(Environment environment) {
        if (!environment.getProperty("planner.security.require-tls", Boolean.class, false)
                || environment.getProperty("planner.security.allow-plain-http", Boolean.class, false)
                || tlsOn(environment)) {
            return;
        }
        String address = environment.getProperty("server.address");
        if (address != null && isLoopback(address)) {
            return;
        }
        throw new BadInputException("server.address", address == null ? "(every interface)" : address,
                "the production profile does not serve plain HTTP beyond this machine: configure TLS "
                        + "(server.ssl.bundle, see README 'TLS'), or listen on 127.0.0.1 "
                        + "(--server.address=127.0.0.1), or, behind a reverse proxy that does TLS, set "
                        + "PLANNER_ALLOW_PLAIN_HTTP=true");
    }

    static boolean tlsOn(Environment environment) {
        String bundle = environment.getProperty("server.ssl.bundle");
        return environment.getProperty("server.ssl.enabled", Boolean.class, bundle != null && !bundle.isBlank())
                && (bundle != null && !bundle.isBlank() || environment.getProperty("server.ssl.key-store") != null
                        || environment.getProperty("server.ssl.certificate") != null);
    }

    static boolean isLoopback(String address) {
        if (address.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
