package vn.lienthong.axis.route;

import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.api.soap.AxisSoapEndpoint;
import vn.lienthong.axis.api.soap.SoapConfiguration;
import vn.lienthong.axis.api.soap.contract.AxisPortType;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.SoapProperties;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * The SOAP edge's endpoint, consumed by {@code routes/soap-edge-to-operations.camel.yaml} as
 * {@code cxf:bean:axisSoapEdge} (ADR 033): {@code /ws/axis} on the application's CXF bus and servlet, from
 * the contract {@code wsdl/lienthong-axis.wsdl} (WSDL-first), SOAP 1.1 with MTOM, POJO data format. The
 * consumer is synchronous, so the route runs on the request's thread and the MTOM attachment streams from
 * the request into the intake's spool. No Camel header goes back to the caller as an HTTP or SOAP header
 * (camel-cxf would echo the request's, the {@code AxisAuth} token included).
 */
@Configuration(proxyBeanMethods = false)
public class SoapEdgeConfiguration {

    @Bean
    CxfEndpoint axisSoapEdge(Bus bus, AxisProperties props, SoapProperties soap, ClientAuthenticator clients,
                             ClientRateLimiter limiter) {
        CxfEndpoint ep = new CxfEndpoint();
        ep.setBus(bus);
        ep.setAddress(SoapConfiguration.ADDRESS);
        ep.setWsdlURL(AxisSoapEndpoint.WSDL);
        ep.setServiceClass(AxisPortType.class);
        ep.setServiceNameAsQName(new QName(AxisSoapEndpoint.NAMESPACE, SoapConfiguration.SERVICE));
        ep.setPortNameAsQName(new QName(AxisSoapEndpoint.NAMESPACE, SoapConfiguration.PORT));
        ep.setDataFormat(DataFormat.POJO);
        ep.setMtomEnabled(true);
        ep.setSynchronous(true);
        ep.setProperties(SoapConfiguration.properties(props.limits(), soap));
        ep.getInInterceptors().addAll(SoapConfiguration.inInterceptors(clients, limiter));
        ep.getOutFaultInterceptors().addAll(SoapConfiguration.outFaultInterceptors());
        DefaultHeaderFilterStrategy noHeadersOut = new DefaultHeaderFilterStrategy();
        noHeadersOut.setOutFilterPattern(".*");
        ep.setHeaderFilterStrategy(noHeadersOut);
        return ep;
    }
}
