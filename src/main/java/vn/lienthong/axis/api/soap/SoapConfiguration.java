package vn.lienthong.axis.api.soap;

import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.soap.SOAPBinding;
import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.staxutils.StaxUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.apache.cxf.logging.FaultListener;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.SoapProperties;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * Publishes the SOAP edge at {@code /ws/axis} (CXF servlet at {@code cxf.path=/ws}) from the
 * contract in {@code wsdl/lienthong-axis.wsdl}, SOAP 1.1 with MTOM, authenticated by {@link AxisAuthInterceptor}
 * before the body is parsed; pins CXF's parser and attachment limits to {@code axis.limits.*} (CXF 4.1.4 has
 * no default attachment size cap); refusals are logged as one line ({@link OneLineFaultLog}).
 */
@Configuration(proxyBeanMethods = false)
public class SoapConfiguration {
    static final String ATTACHMENT_MAX_SIZE = "attachment-max-size";

    @Bean
    Endpoint axisSoapEndpointPublished(Bus bus, AxisSoapEndpoint endpoint, AxisProperties props, SoapProperties soap,
                                       ClientAuthenticator clients, ClientRateLimiter limiter) {
        EndpointImpl ep = new EndpointImpl(bus, endpoint);
        ep.setWsdlLocation(AxisSoapEndpoint.WSDL);
        ep.setServiceName(new QName(AxisSoapEndpoint.NAMESPACE, "AxisService"));
        ep.setEndpointName(new QName(AxisSoapEndpoint.NAMESPACE, "AxisPort"));
        Map<String, Object> properties = limits(props.limits(), soap);
        properties.put(FaultListener.class.getName(), new OneLineFaultLog());
        ep.setProperties(properties);
        ep.getInInterceptors().add(new AxisAuthInterceptor(clients, limiter));
        ep.getOutFaultInterceptors().add(new FaultCodeInterceptor());
        ep.publish("/axis");
        ((SOAPBinding) ep.getBinding()).setMTOMEnabled(true);
        return ep;
    }

    /** CXF's StAX and attachment limits for this endpoint, from the axis limits. */
    static Map<String, Object> limits(AxisProperties.Limits l, SoapProperties soap) {
        long inlineBase64Chars = (soap.maxInlinePackageBytes() + 2) / 3 * 4;
        long maxText = Math.max(l.maxTextBytes(), inlineBase64Chars);
        Map<String, Object> p = new HashMap<>();
        p.put(Message.MTOM_ENABLED, Boolean.TRUE);
        p.put(ATTACHMENT_MAX_SIZE, l.maxPackageBytes());
        p.put(StaxUtils.MAX_ELEMENT_DEPTH, l.maxDepth());
        p.put(StaxUtils.MAX_CHILD_ELEMENTS, l.maxChildren());
        p.put(StaxUtils.MAX_ELEMENT_COUNT, l.maxElements());
        p.put(StaxUtils.MAX_ATTRIBUTE_COUNT, l.maxAttributesPerElement());
        p.put(StaxUtils.MAX_ATTRIBUTE_SIZE, l.maxAttributeBytes());
        p.put(StaxUtils.MAX_TEXT_LENGTH, (int) Math.min(Integer.MAX_VALUE, maxText));
        p.put(StaxUtils.MAX_XML_CHARACTERS, maxText + l.maxTextBytes());
        return p;
    }
}
