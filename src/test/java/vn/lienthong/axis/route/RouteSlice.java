package vn.lienthong.axis.route;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.function.ThrowingConsumer;

/** A Camel context holding only the named route files (no Spring, no broker), for *RouteTest classes. */
final class RouteSlice implements AutoCloseable {
    final CamelContext context = new DefaultCamelContext();

    RouteSlice(Map<String, Object> beans, Map<String, String> properties, String... routeFiles) throws Exception {
        Properties p = new Properties();
        p.putAll(properties);
        context.getPropertiesComponent().setOverrideProperties(p);
        beans.forEach((name, bean) -> context.getRegistry().bind(name, bean));
        for (String file : routeFiles) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, file));
        }
    }

    RouteSlice advise(String routeId, ThrowingConsumer<AdviceWithRouteBuilder, Exception> advice) throws Exception {
        AdviceWith.adviceWith(context, routeId, advice);
        return this;
    }

    RouteSlice start() {
        context.start();
        return this;
    }

    @Override
    public void close() {
        context.stop();
    }
}
