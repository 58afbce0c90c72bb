package vn.lienthong.axis.api.soap;

import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.cxf.staxutils.StaxUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.config.SoapProperties;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * The SOAP edge's CXF side ({@code /ws/axis}, CXF servlet at {@code cxf.path=/ws}, consumed by the route
 * {@code soap-edge-to-operations}, ADR 033): the feature {@code soapEdgeFeature} that the camel-cxf endpoint
 * applies, with CXF's parser and attachment limits pinned to {@code axis.limits.*} (CXF 4.1.4 has no default
 * attachment size cap), the SOAP Header bounded by {@code axis.soap.max-header-bytes}, MTOM, refusals logged as one line ({@link OneLineFaultLog}), authentication by
 * {@link AxisAuthInterceptor} before the body is parsed and the catalogue's fault codes
 * ({@link FaultCodeInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
public class SoapConfiguration {
    static final String ATTACHMENT_MAX_SIZE = "attachment-max-size";

    @Bean
    SoapEdgeFeature soapEdgeFeature(AxisProperties props, SoapProperties soap, ClientAuthenticator clients,
                                    ClientRateLimiter limiter) {
        return new SoapEdgeFeature(properties(props.limits(), soap), soap.maxHeaderBytes(), clients, limiter);
    }

    /** The endpoint's properties: the limits below and the one-line fault log. */
    static Map<String, Object> properties(AxisProperties.Limits limits, SoapProperties soap) {
        Map<String, Object> properties = limits(limits, soap);
        properties.put(FaultListener.class.getName(), new OneLineFaultLog());
        return properties;
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
