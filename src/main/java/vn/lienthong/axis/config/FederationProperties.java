package vn.lienthong.axis.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Federation settings under {@code axis.*}: the national axis ({@code axis.upstream}), peer axes
 * reached through their VXP facade ({@code axis.peers.<name>}), route rules ({@code axis.route-rules})
 * and code aliases ({@code axis.aliases}) loaded into the directory at startup.
 */
@Validated
@ConfigurationProperties("axis")
public record FederationProperties(@DefaultValue @Valid Upstream upstream, Map<String, @Valid Remote> peers,
                                   List<Rule> routeRules, List<Alias> aliases) {

    public FederationProperties {
        peers = peers == null ? Map.of() : Map.copyOf(peers);
        routeRules = routeRules == null ? List.of() : List.copyOf(routeRules);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * The national axis (trục quốc gia, VXP).
     *
     * @param enabled               forward upstream-routed copies and poll for inbound ones
     * @param baseUri               the VXP endpoint, e.g. {@code https://vxp.example.gov.vn/vxp/} (trailing slash)
     * @param systemId              this axis's client system id at the national axis
     * @param secret                the HMAC secret shared with the national axis
     * @param timeout               whole-request timeout of one call
     * @param pollInterval          how often documents and statuses are polled (both alike)
     * @param agency                this axis's own agency code, for {@code from} when no package sender applies
     * @param directorySyncInterval how often the remote directory is synced; zero disables it
     * @param trackInterval         how often copies sent to another axis (upstream or peer) are tracked there
     *                              ({@code getSentEdocList}) until received
     * @param trackMaxAge           after this long since a copy was handed over, it is no longer asked about
     * @param trackBatch            at most this many copies are asked about per round (least recently asked first)
     */
    public record Upstream(@DefaultValue("false") boolean enabled, URI baseUri, @DefaultValue("") String systemId,
                           @DefaultValue("") String secret, @DefaultValue("30s") @DurationMin(millis = 1) Duration timeout,
                           @DefaultValue("30s") @DurationMin(millis = 1) Duration pollInterval,
                           @DefaultValue("") String agency,
                           @DefaultValue("1h") @DurationMin(millis = 0) Duration directorySyncInterval,
                           @DefaultValue("1m") @DurationMin(millis = 1) Duration trackInterval,
                           @DefaultValue("7d") @DurationMin(millis = 1) Duration trackMaxAge,
                           @DefaultValue("100") @Positive int trackBatch) {
        public Upstream {
            if (baseUri != null) {
                requireHttpUrl("axis.upstream.base-uri", baseUri);
            } else if (enabled) {
                throw new IllegalArgumentException("axis.upstream.base-uri is required when axis.upstream.enabled=true");
            }
        }
    }

    /** A peer axis's VXP facade. */
    public record Remote(URI baseUri, String systemId, String secret,
                         @DefaultValue("30s") @DurationMin(millis = 1) Duration timeout) {
        public Remote {
            if (baseUri != null) {
                requireHttpUrl("axis.peers.<name>.base-uri", baseUri);
            }
        }
    }

    /** Refuses a relative or non-HTTP address ("vxp.example.gov.vn/vxp", "ftp://…") naming the property. */
    static void requireHttpUrl(String property, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(property + " must be an absolute http(s) URL, not " + uri);
        }
    }

    /** {@code pattern} (exact code or with '*') → {@code upstream} or {@code peer:<name>}. */
    public record Rule(String pattern, String target) {}

    /** A retired code and its successor. */
    public record Alias(String oldCode, String newCode, String reason) {}
}
