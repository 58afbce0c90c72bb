package vn.lienthong.axis.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.api.edge.BodyGuardFilter;
import vn.lienthong.axis.api.edge.EdgeProperties;
import vn.lienthong.axis.api.edge.HeaderDeadlineProtocol;

/** The API connector closes a connection whose request headers take longer than {@code axis.edge.header-timeout}. */
@Configuration(proxyBeanMethods = false)
public class HeaderDeadlineConfiguration {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> headerDeadline(EdgeProperties edge, MeterRegistry registry) {
        Counter slowClients = BodyGuardFilter.slowClients(registry);
        return factory -> {
            factory.setProtocol(HeaderDeadlineProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof HeaderDeadlineProtocol protocol) {
                    protocol.setHeaderTimeoutMillis(edge.headerTimeout().toMillis());
                    protocol.setOnLateHeaders(slowClients::increment);
                }
            });
        };
    }
}
