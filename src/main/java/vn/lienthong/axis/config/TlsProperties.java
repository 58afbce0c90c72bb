package vn.lienthong.axis.config;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Transport security ({@code axis.tls.*}); the server's own key is a Spring Boot SSL bundle named by
 * {@code server.ssl.bundle} (see {@code config/application-tls.yml} and ADR 014).
 *
 * @param clientAuth        whether the server asks TLS clients for a certificate: {@code none}, {@code want}
 *                          (clients registered with one must send it) or {@code need} (every client must)
 * @param terminatedByProxy TLS ends at a reverse proxy in front of the axis: production then starts without
 *                          its own TLS and trusts {@code X-Forwarded-*} from {@code trustedProxies} only
 * @param trustedProxies    the proxies' addresses (IPv4/IPv6 literals, or IPv4 prefixes on octet boundaries
 *                          such as {@code 10.1.0.0/16})
 * @param outbound          trust store and client certificate of the axis's own calls
 */
@Validated
@ConfigurationProperties("axis.tls")
public record TlsProperties(@DefaultValue("none") ClientAuth clientAuth,
                            @DefaultValue("false") boolean terminatedByProxy,
                            @DefaultValue List<String> trustedProxies,
                            @DefaultValue Outbound outbound) {

    public enum ClientAuth { NONE, WANT, NEED }

    /**
     * The SSL bundles ({@code spring.ssl.bundle.*}) used to call out: the bundle's trust store decides which
     * servers are trusted (the JVM's default when no bundle is named), its key store (optional) is the
     * client certificate sent.
     *
     * @param bundle  default for every outbound call; empty = the JVM's trust store, no client certificate
     * @param bundles per target, overriding {@code bundle}: {@code push} (agency push endpoints),
     *                {@code upstream} (the national axis) or the name of a peer axis
     */
    public record Outbound(@DefaultValue("") String bundle, Map<String, String> bundles) {
        public Outbound {
            bundles = bundles == null ? Map.of() : Map.copyOf(bundles);
        }

        /** The bundle name for a target, or empty for the JVM's defaults. */
        public String bundleFor(String target) {
            return bundles.getOrDefault(target, bundle);
        }
    }
}
