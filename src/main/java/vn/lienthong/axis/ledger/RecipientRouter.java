package vn.lienthong.axis.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.DirectoryIndex;
import vn.lienthong.axis.directory.RouteRule;

/**
 * Decides, per recipient code, how its copy travels: the directory first (after following a retired
 * code to its successor), then the route rules for codes that are not agencies here. Reads the
 * {@link DirectoryIndex} (memory), never the database per code.
 */
@Component
public class RecipientRouter {
    /** One recipient: the code its copy is for, the route, and the retired code it was addressed to (or null). */
    public record Resolution(String code, DeliveryRoute route, String retiredCode) {}

    private final DirectoryIndex directory;

    public RecipientRouter(DirectoryIndex directory) {
        this.directory = directory;
    }

    /** Recipient code (normalised, de-duplicated, aliases resolved) → route, in the order given. */
    public Map<String, DeliveryRoute> routes(List<String> codes) {
        Map<String, DeliveryRoute> routes = new LinkedHashMap<>();
        resolve(codes, false).forEach((code, r) -> routes.put(code, r.route()));
        return routes;
    }

    /**
     * @param localOnly a package that came from another axis: only local agencies are delivered to,
     *                  every other recipient is unroutable here (never sent back out)
     */
    public Map<String, Resolution> resolve(List<String> codes, boolean localOnly) {
        Map<String, Resolution> routes = new LinkedHashMap<>();
        for (String raw : codes) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String addressed = raw.trim().toUpperCase(Locale.ROOT);
            String code = directory.agency(addressed).isPresent() ? addressed
                    : directory.successorOf(addressed).orElse(addressed);
            DeliveryRoute route = route(code);
            if (localOnly && route != DeliveryRoute.LOCAL_PULL && route != DeliveryRoute.LOCAL_PUSH) {
                route = DeliveryRoute.UNROUTABLE;
            }
            routes.putIfAbsent(code, new Resolution(code, route, code.equals(addressed) ? null : addressed));
        }
        return routes;
    }

    /** Where a copy for a non-local {@code code} goes: {@code upstream} or {@code peer:<name>}. */
    public Optional<String> remoteTarget(String code) {
        Optional<Agency> agency = directory.agency(code);
        if (agency.isPresent()) {
            Agency a = agency.get();
            if (a.local()) {
                return Optional.empty();
            }
            if (a.mode() == DeliveryMode.PEER && a.endpoint() != null && !a.endpoint().isBlank()) {
                return Optional.of(RouteRule.PEER_PREFIX + a.endpoint().trim());
            }
            if (a.mode() == DeliveryMode.UPSTREAM) {
                return Optional.of(RouteRule.UPSTREAM);
            }
        }
        return directory.ruleFor(code).map(RouteRule::target);
    }

    private DeliveryRoute route(String code) {
        Optional<Agency> agency = directory.agency(code);
        if (agency.isPresent()) {
            return route(agency.get());
        }
        return directory.ruleFor(code).map(r -> r.peerName() == null ? DeliveryRoute.UPSTREAM : DeliveryRoute.PEER)
                .orElse(DeliveryRoute.UNROUTABLE);
    }

    static DeliveryRoute route(Agency a) {
        if (!a.active()) {
            return DeliveryRoute.UNROUTABLE;
        }
        if (a.local()) {
            if (a.mode() == DeliveryMode.PUSH) {
                return a.endpoint() == null || a.endpoint().isBlank() ? DeliveryRoute.UNROUTABLE : DeliveryRoute.LOCAL_PUSH;
            }
            return DeliveryRoute.LOCAL_PULL;
        }
        return a.mode() == DeliveryMode.PEER ? DeliveryRoute.PEER : DeliveryRoute.UPSTREAM;
    }
}
