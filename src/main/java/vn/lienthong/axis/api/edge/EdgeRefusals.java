package vn.lienthong.axis.api.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;
import vn.lienthong.axis.api.ApiErrors;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;

/**
 * Refusals written by the edge's filters, before any handler runs, in the face of the edge the request
 * came to: {@code application/problem+json} (REST, admin, actuator, GETs of WSDL documents), a SOAP fault
 * ({@code /ws}), the VXP envelope ({@code axis.vxp.base-path}). Each is logged as one line, without a stack trace.
 */
public final class EdgeRefusals {
    private static final Logger log = LoggerFactory.getLogger(EdgeRefusals.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long DISCARD_BYTES = 64 * 1024;
    private final String soapPath;
    private final String vxpPath;

    public EdgeRefusals(String soapPath, String vxpPath) {
        this.soapPath = soapPath;
        this.vxpPath = vxpPath;
    }

    /** Writes the refusal and, when the body is left unread, tells Tomcat not to drain it. */
    public void write(HttpServletRequest request, HttpServletResponse response, AxisException e) throws IOException {
        log.info("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                e.getMessage());
        if (response.isCommitted()) {
            return;
        }
        leaveBodyUnread(request);
        AxisErrorCode code = e.code();
        response.reset();
        response.setHeader("Connection", "close");
        String retryAfter = ApiErrors.retryAfter(code, e);
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        byte[] body;
        if (under(path, soapPath) && !"GET".equals(request.getMethod())) { // a GET (WSDL query) is not SOAP
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR); // SOAP 1.1: every fault is a 500
            response.setContentType("text/xml;charset=UTF-8");
            body = soapFault(e).getBytes(StandardCharsets.UTF_8);
        } else if (under(path, vxpPath)) {
            int status = code == AxisErrorCode.UNAUTHENTICATED ? 401 : code.httpStatus() >= 500
                    || code.httpStatus() == 429 ? code.httpStatus() : 200;
            response.setStatus(status);
            response.setContentType("application/json");
            body = JSON.writeValueAsBytes(VxpEnvelope.fail(e));
        } else {
            response.setStatus(code.httpStatus());
            response.setContentType("application/problem+json");
            if (code == AxisErrorCode.UNAUTHENTICATED) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            body = JSON.writeValueAsBytes(problem(code, e, path, ApiErrors.language(request)));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /**
     * After a refusal: a body of at most {@value #DISCARD_BYTES} bytes (declared, or chunked and found
     * to end by then) is read and dropped, through the guard, so the connection closes cleanly and the
     * client reads the answer; a larger one is left unread and Tomcat is told not to drain it.
     *
     * @return true when the body is left unread, so the caller (CXF) must not drain it either
     */
    public static boolean leaveBodyUnread(HttpServletRequest request) {
        long declared = request == null ? 0 : request.getContentLengthLong();
        if (declared == 0) {
            return false;
        }
        if (declared > 0 && declared <= DISCARD_BYTES || declared < 0 && endsSoon(request)) {
            try (InputStream in = request.getInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
                return false;
            } catch (IOException | RuntimeException e) {
                // a slow or broken body: leave the rest
            }
        }
        StopReadingValve.stopReading(request);
        return true;
    }

    /** Reads up to {@value #DISCARD_BYTES} bytes of a chunked body: true if it ended within them. */
    private static boolean endsSoon(HttpServletRequest request) {
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            InputStream in = request.getInputStream();
            for (int n; (n = in.read(buf)) != -1; ) {
                total += n;
                if (total > DISCARD_BYTES) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Map<String, Object> problem(AxisErrorCode code, AxisException e, String path, Locale language) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", code.title(language));
        p.put("status", code.httpStatus());
        p.put("detail", e.detail());
        p.put("instance", path);
        p.put("code", code.wireName());
        if (e.field() != null) {
            p.put("field", e.field());
        }
        return p;
    }

    /** A SOAP 1.1 fault with the contract's {@code AxisFault} detail. */
    private static String soapFault(AxisException e) {
        AxisErrorCode code = e.code();
        String faultCode = code.soapFault() == AxisErrorCode.Fault.CLIENT ? "soap:Client" : "soap:Server";
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>" + faultCode + "</faultcode><faultstring>" + HtmlUtils.htmlEscape(e.getMessage())
                + "</faultstring><detail><AxisFault xmlns=\"urn:lienthong:axis:v1\"><code>" + code.wireName()
                + "</code><detail>" + HtmlUtils.htmlEscape(e.detail()) + "</detail>"
                + (e.field() == null ? "" : "<field>" + HtmlUtils.htmlEscape(e.field()) + "</field>")
                + "<retryable>" + code.retryable() + "</retryable></AxisFault></detail></soap:Fault></soap:Body>"
                + "</soap:Envelope>";
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
