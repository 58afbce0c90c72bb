package vn.lienthong.axis.route;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.apache.cxf.Bus;
import org.apache.cxf.feature.Feature;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SOAP edge's endpoint, consumed by {@code routes/soap-edge-to-operations.camel.yaml} as
 * {@code cxf:bean:axisSoapEdge} (ADR 033): {@code /ws/axis} on the application's CXF bus and servlet, from
 * the contract {@code wsdl/lienthong-axis.wsdl} (WSDL-first; the generated port type, named here by the
 * contract's names so that route/ does not import api/), SOAP 1.1 with MTOM, POJO data format, and the
 * edge's limits, authentication and faults as the CXF feature {@code soapEdgeFeature} of api/soap. The
 * consumer is synchronous, so the route runs on the request's thread and the MTOM attachment streams from
 * the request into the intake's spool. No Camel header goes back to the caller as an HTTP or SOAP header
 * (camel-cxf would echo the request's).
 */
@Configuration(proxyBeanMethods = false)
public class SoapEdgeConfiguration {
    static final String NAMESPACE = "urn:lienthong:axis:v1";
    static final String WSDL = "classpath:wsdl/lienthong-axis.wsdl";
    static final String PORT_TYPE = "vn.lienthong.axis.api.soap.contract.AxisPortType";

    @Bean
    CxfEndpoint axisSoapEdge(Bus bus, @Qualifier("soapEdgeFeature") Feature soapEdge) throws ClassNotFoundException {
        CxfEndpoint ep = new CxfEndpoint();
        ep.setBus(bus);
        ep.setAddress("/axis");
        ep.setWsdlURL(WSDL);
        ep.setServiceClass(PORT_TYPE);
        ep.setServiceNameAsQName(new QName(NAMESPACE, "AxisService"));
        ep.setPortNameAsQName(new QName(NAMESPACE, "AxisPort"));
        ep.setDataFormat(DataFormat.POJO);
        ep.setMtomEnabled(true);
        ep.setSynchronous(true);
        ep.setFeatures(List.of(soapEdge));
        DefaultHeaderFilterStrategy noHeadersOut = new DefaultHeaderFilterStrategy();
        noHeadersOut.setOutFilterPattern(".*");
        ep.setHeaderFilterStrategy(noHeadersOut);
        return ep;
    }
}
