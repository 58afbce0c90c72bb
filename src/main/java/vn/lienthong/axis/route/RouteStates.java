package vn.lienthong.axis.route;

import java.util.Comparator;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.stereotype.Component;

/** Each Camel route's state (Started, Stopped, Suspended...), for the operator console's overview. */
@Component
public class RouteStates {
    private final CamelContext camel;

    public RouteStates(CamelContext camel) {
        this.camel = camel;
    }

    public record RouteState(String id, String status) {}

    public List<RouteState> all() {
        return camel.getRoutes().stream().map(Route::getRouteId).sorted(Comparator.naturalOrder())
                .map(id -> new RouteState(id, String.valueOf(camel.getRouteController().getRouteStatus(id)))).toList();
    }
}
