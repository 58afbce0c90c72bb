package vn.lienthong.axis.api.soap;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.apache.cxf.io.DelegatingInputStream;
import vn.lienthong.axis.api.DependencyFailures;
import vn.lienthong.axis.api.edge.BodyGuardFilter;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.directory.ClientAuthenticator;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * Authenticates every SOAP request from its {@code AxisAuth} header, then applies the client's rate
 * limit, in the PRE_PROTOCOL phase: CXF has read the envelope's {@code Header} by then and stopped at
 * the start of {@code Body}, so a request without valid credentials is refused before its body is parsed.
 * The operations read the acting client with {@link #client()}.
 */
public final class AxisAuthInterceptor extends AbstractSoapInterceptor {
    static final QName AXIS_AUTH = new QName(AxisSoapEndpoint.NAMESPACE, "AxisAuth");
    private static final ClientAuthenticator.CredentialFields FIELDS =
            new ClientAuthenticator.CredentialFields("AxisAuth/token", "AxisAuth/agency");

    private final ClientAuthenticator auth;
    private final ClientRateLimiter limiter;

    public AxisAuthInterceptor(ClientAuthenticator auth, ClientRateLimiter limiter) {
        super(Phase.PRE_PROTOCOL);
        this.auth = auth;
        this.limiter = limiter;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Header header = message.getHeader(AXIS_AUTH);
        Element e = header != null && header.getObject() instanceof Element el ? el : null;
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        try {
            ActingClient client = auth.authenticate(child(e, "token"), child(e, "agency"), FIELDS,
                    request != null && request.getAttribute(ClientAuthenticator.CERTIFICATE_ATTRIBUTE)
                            instanceof X509Certificate[] chain ? chain : null);
            String key = "client:" + client.clientId();
            limiter.acquire(key);
            BodyGuardFilter.chargeTo(request, limiter, key);
            message.getExchange().put(ActingClient.class, client);
        } catch (AxisException refused) {
            if (EdgeRefusals.leaveBodyUnread(request)) {
                message.removeContent(DelegatingInputStream.class); // CXF would read up to 16 MiB before answering
            }
            throw new Fault(refused);
        } catch (RuntimeException failure) { // the client directory (database) is down: a retryable soap:Server fault
            AxisException dependency = DependencyFailures.classify(failure);
            throw new Fault(dependency == null ? failure : dependency);
        }
    }

    /** The client the current request was authenticated as (inside an operation). */
    static ActingClient client() {
        Message current = PhaseInterceptorChain.getCurrentMessage();
        ActingClient client = current == null ? null : current.getExchange().get(ActingClient.class);
        if (client == null) { // fail closed if the interceptor was not installed
            throw new AxisException(AxisErrorCode.UNAUTHENTICATED, "send the client token in AxisAuth/token",
                    "AxisAuth/token");
        }
        return client;
    }

    private static String child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())
                    && AxisSoapEndpoint.NAMESPACE.equals(c.getNamespaceURI())) {
                return c.getTextContent();
            }
        }
        return null;
    }
}
