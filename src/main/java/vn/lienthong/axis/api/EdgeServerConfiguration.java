package vn.lienthong.axis.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.lienthong.axis.api.edge.BodyGuardFilter;
import vn.lienthong.axis.api.edge.EdgeProperties;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.api.edge.HeaderDeadlineProtocol;
import vn.lienthong.axis.api.soap.SoapHttpFilter;

/**
 * The edge's server pieces besides authentication ({@link SecurityConfiguration}): the API connector closes
 * a connection whose request headers take longer than {@code axis.edge.header-timeout}; WSDL queries for
 * documents that do not exist get a clean 404.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeServerConfiguration {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> headerDeadline(EdgeProperties edge,
                                                                             MeterRegistry registry) {
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

    @Bean
    FilterRegistrationBean<SoapHttpFilter> soapHttpRefusals(EdgeRefusals refusals) {
        FilterRegistrationBean<SoapHttpFilter> r = new FilterRegistrationBean<>(new SoapHttpFilter(refusals));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // after the body guard, before CXF
        r.addUrlPatterns("/ws/*");
        return r;
    }
}
