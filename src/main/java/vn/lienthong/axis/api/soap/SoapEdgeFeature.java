package vn.lienthong.axis.api.soap;

import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.AbstractFeature;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * What the SOAP edge's endpoint is made of besides the contract, as one CXF feature that the camel-cxf
 * endpoint ({@code route.SoapEdgeConfiguration}, ADR 033) applies: the limits and the one-line fault log
 * ({@link SoapConfiguration#properties}), the Header's size bound ({@link SoapHeaderLimit}) before it is read,
 * {@link AxisAuthInterceptor} before the body is parsed, and
 * {@link FaultCodeInterceptor} for the catalogue's faults.
 */
public final class SoapEdgeFeature extends AbstractFeature {
    private final Map<String, Object> properties;
    private final long maxHeaderBytes;
    private final AxisAuthInterceptor auth;

    SoapEdgeFeature(Map<String, Object> properties, long maxHeaderBytes, ClientAuthenticator clients,
                    ClientRateLimiter limiter) {
        this.properties = Map.copyOf(properties);
        this.maxHeaderBytes = maxHeaderBytes;
        this.auth = new AxisAuthInterceptor(clients, limiter);
    }

    @Override
    public void initialize(Server server, Bus bus) {
        Endpoint endpoint = server.getEndpoint();
        endpoint.putAll(properties);
        endpoint.getInInterceptors().add(SoapHeaderLimit.arm(maxHeaderBytes));
        endpoint.getInInterceptors().add(SoapHeaderLimit.lift());
        endpoint.getInInterceptors().add(auth);
        endpoint.getOutFaultInterceptors().add(new FaultCodeInterceptor());
    }
}
