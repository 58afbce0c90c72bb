package vn.lienthong.axis.api.admin;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientLimit;
import vn.lienthong.axis.ratelimit.ClientLimitOverrides;
import vn.lienthong.axis.ratelimit.RateLimitProperties;

/**
 * Per-client rate limits: the defaults ({@code axis.limits.rate.*}) and the overrides, keyed as the
 * limiter names clients: {@code client:<client id>}, {@code vxp:<systemId>}, {@code admin}.
 */
@RestController
@RequestMapping("/admin/api/v1/rate-limits")
public class AdminRateLimitsController {
    private static final Pattern CLIENT_KEY = Pattern.compile("(client|vxp):[A-Za-z0-9._:@-]{1,150}|admin");
    private final ClientLimitOverrides overrides;
    private final RateLimitProperties defaults;
    private final AuditLog audit;

    public AdminRateLimitsController(ClientLimitOverrides overrides, RateLimitProperties defaults, AuditLog audit) {
        this.overrides = overrides;
        this.defaults = defaults;
        this.audit = audit;
    }

    /** A limit in the admin API; a field left out of a PUT takes the default. */
    public record LimitBody(Double requestsPerSecond, Long burst, Long maxInFlightBytes) {}

    public record LimitView(String clientKey, double requestsPerSecond, long burst, long maxInFlightBytes,
                            String updatedBy) {}

    public record LimitsView(LimitView defaults, List<LimitView> overrides) {}

    @GetMapping
    public LimitsView list() {
        ClientLimit d = defaults.defaults();
        return new LimitsView(new LimitView(null, d.requestsPerSecond(), d.burst(), d.maxInFlightBytes(), null),
                overrides.list().stream().map(o -> new LimitView(o.clientKey(), o.limit().requestsPerSecond(),
                        o.limit().burst(), o.limit().maxInFlightBytes(), o.updatedBy())).toList());
    }

    @PutMapping("/{clientKey}")
    public LimitView put(@PathVariable String clientKey, @RequestBody LimitBody body,
                         @AuthenticationPrincipal AdminActor admin) {
        String key = checked(clientKey);
        ClientLimit d = defaults.defaults();
        LimitBody b = body == null ? new LimitBody(null, null, null) : body;
        ClientLimit limit = new ClientLimit(b.requestsPerSecond() == null ? d.requestsPerSecond() : b.requestsPerSecond(),
                b.burst() == null ? d.burst() : b.burst(),
                b.maxInFlightBytes() == null ? d.maxInFlightBytes() : b.maxInFlightBytes());
        overrides.put(key, limit, admin.name());
        audit.record(admin.name(), "rate-limit-set", key, limit.toString());
        return new LimitView(key, limit.requestsPerSecond(), limit.burst(), limit.maxInFlightBytes(), admin.name());
    }

    @DeleteMapping("/{clientKey}")
    public ResponseEntity<Void> remove(@PathVariable String clientKey, @AuthenticationPrincipal AdminActor admin) {
        String key = checked(clientKey);
        if (!overrides.remove(key)) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no rate-limit override for " + key, "clientKey");
        }
        audit.record(admin.name(), "rate-limit-removed", key, null);
        return ResponseEntity.noContent().build();
    }

    private static String checked(String clientKey) {
        if (clientKey == null || !CLIENT_KEY.matcher(clientKey).matches()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "name the client as client:<client id>,"
                    + " vxp:<systemId> or admin", "clientKey");
        }
        return clientKey;
    }
}
