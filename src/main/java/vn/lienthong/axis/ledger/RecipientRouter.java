package vn.lienthong.axis.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.DeliveryMode;

/** Decides, per recipient code, how its copy travels (from the directory). */
@Component
public class RecipientRouter {
    private final AgencyRepository agencies;

    public RecipientRouter(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Recipient code (normalised, de-duplicated, aliases resolved) → route, in the order given. */
    public Map<String, DeliveryRoute> routes(List<String> codes) {
        Map<String, DeliveryRoute> routes = new LinkedHashMap<>();
        for (String raw : codes) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String code = raw.trim().toUpperCase(Locale.ROOT);
            Agency agency = agencies.findResolvingAlias(code).orElse(null);
            String key = agency == null ? code : agency.code();
            routes.putIfAbsent(key, agency == null ? DeliveryRoute.UNROUTABLE : route(agency));
        }
        return routes;
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
