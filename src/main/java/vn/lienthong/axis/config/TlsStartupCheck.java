package vn.lienthong.axis.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.ConfigurableEnvironment;

/** The TLS settings {@link StartupSafetyCheck} refuses: plain HTTP in production, client certificates without TLS. */
final class TlsStartupCheck {
    private TlsStartupCheck() {}

    /** Every profile. */
    static List<String> problems(ConfigurableEnvironment env, TlsProperties tls) {
        List<String> p = new ArrayList<>();
        if (tls.clientAuth() != TlsProperties.ClientAuth.NONE && !TlsEnvironment.serverTls(env)) {
            p.add("axis.tls.client-auth=" + tls.clientAuth().name().toLowerCase(java.util.Locale.ROOT) + " needs TLS on the server (server.ssl.bundle)");
        }
        return p;
    }

    /** The production profile: TLS on the server, or declared termination at known proxies. */
    static List<String> productionProblems(ConfigurableEnvironment env, TlsProperties tls) {
        List<String> p = new ArrayList<>();
        boolean proxy = tls.terminatedByProxy();
        if (!TlsEnvironment.serverTls(env) && !proxy) {
            p.add("the server speaks plain HTTP: configure TLS (server.ssl.bundle, env AXIS_TLS_BUNDLE) or declare"
                    + " axis.tls.terminated-by-proxy=true with axis.tls.trusted-proxies");
        }
        if (proxy && tls.trustedProxies().isEmpty()) {
            p.add("axis.tls.terminated-by-proxy=true without axis.tls.trusted-proxies (env AXIS_TLS_TRUSTED_PROXIES):"
                    + " name the proxies whose X-Forwarded-* headers are believed");
        }
        return p;
    }
}
