package vn.lienthong.axis.api.soap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import org.apache.cxf.binding.soap.interceptor.ReadHeadersInterceptor;
import org.apache.cxf.binding.soap.interceptor.StartBodyInterceptor;
import org.apache.cxf.interceptor.StaxInInterceptor;
import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import vn.lienthong.axis.api.edge.EdgeRefusals;

/**
 * Bounds the SOAP {@code Header} before CXF builds it into DOM: CXF's {@code ReadHeadersInterceptor} reads
 * everything before {@code Body} into a DOM document, before {@link AxisAuthInterceptor} can look at
 * {@code AxisAuth}; only the inline body's text cap bounded it (some 5.6 M characters of junk per anonymous
 * request). {@link #arm} puts a {@link HeaderCeiling} of {@code axis.soap.max-header-bytes} under the parser
 * (before {@code StaxInInterceptor} makes it); {@link #lift} takes it away once the headers have been read
 * (after {@code ReadHeadersInterceptor}, before the body is). The same bound holds for every caller: it is
 * checked before anyone is authenticated. A refused request's unread rest is left unread.
 */
final class SoapHeaderLimit {
    private SoapHeaderLimit() {}

    static AbstractPhaseInterceptor<Message> arm(long maxHeaderBytes) {
        return new Arm(maxHeaderBytes);
    }

    static AbstractPhaseInterceptor<Message> lift() {
        return new Lift();
    }

    private static final class Arm extends AbstractPhaseInterceptor<Message> {
        private final long maxHeaderBytes;

        Arm(long maxHeaderBytes) {
            super(Phase.POST_STREAM);
            addBefore(StaxInInterceptor.class.getName());
            this.maxHeaderBytes = maxHeaderBytes;
        }

        @Override
        public void handleMessage(Message message) {
            InputStream in = message.getContent(InputStream.class);
            if (in != null && !"GET".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
                HeaderCeiling ceiling = new HeaderCeiling(in, maxHeaderBytes);
                message.setContent(InputStream.class, ceiling);
                message.put(HeaderCeiling.class, ceiling);
            }
        }

        @Override
        public void handleFault(Message message) {
            HeaderCeiling ceiling = message.get(HeaderCeiling.class);
            if (ceiling != null && ceiling.tripped() && EdgeRefusals.leaveBodyUnread(
                    (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST))) {
                message.removeContent(DelegatingInputStream.class); // CXF would drain the rest before answering
            }
        }
    }

    private static final class Lift extends AbstractPhaseInterceptor<Message> {
        Lift() {
            super(Phase.READ);
            addAfter(ReadHeadersInterceptor.class.getName());
            addBefore(StartBodyInterceptor.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            HeaderCeiling ceiling = message.get(HeaderCeiling.class);
            if (ceiling != null) {
                ceiling.lift();
            }
        }
    }
}
