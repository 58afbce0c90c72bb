package vn.lienthong.axis.federation.upstream;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.FederationProperties;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.directory.RoutingDirectory;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;

/**
 * At startup: loads the configured route rules and aliases into the directory (source {@code config}),
 * and gives copies parked while no connector was configured back to the queue (the outbox sweep
 * publishes them).
 */
@Component
@Order(1)
public class FederationStartup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FederationStartup.class);
    private final FederationProperties props;
    private final RoutingDirectory routing;
    private final RemoteAxes remotes;
    private final LedgerRepository repo;

    public FederationStartup(FederationProperties props, RoutingDirectory routing, RemoteAxes remotes,
                             LedgerRepository repo) {
        this.props = props;
        this.routing = routing;
        this.remotes = remotes;
        this.repo = repo;
    }

    @Override
    public void run(ApplicationArguments args) {
        props.routeRules().forEach(r -> routing.putRule(new RouteRule(r.pattern(), r.target()), "config"));
        props.aliases().forEach(a -> routing.putAlias(new RoutingDirectory.Alias(code(a.oldCode()), code(a.newCode()),
                a.reason())));
        if (remotes.client(RouteRule.UPSTREAM).isPresent() || !props.peers().isEmpty()) {
            List<Delivery> parked = repo.byState(List.of(DeliveryState.WAITING_UPSTREAM), null, 10_000);
            parked.forEach(d -> repo.requeue(d.id(), List.of(DeliveryState.WAITING_UPSTREAM)));
            if (!parked.isEmpty()) {
                log.info("Requeued {} copies that waited for the federation connector", parked.size());
            }
        }
    }

    private static String code(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }
}
