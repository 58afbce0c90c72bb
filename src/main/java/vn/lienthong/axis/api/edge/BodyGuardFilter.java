package vn.lienthong.axis.api.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ratelimit.ClientRateLimiter;

/**
 * The first filter of every request: refuses a declared {@code Content-Length} over the body limit
 * before reading a byte (multipart and SOAP too), and hands the rest of the chain a {@link GuardedBody}
 * that counts every byte and cuts off slow clients ({@code axis_requests_slow_clients_total}), form
 * parameters included ({@link GuardedForm}).
 */
public final class BodyGuardFilter extends OncePerRequestFilter {
    private static final String ATTRIBUTE = BodyAccount.class.getName();
    private final long maxBodyBytes;
    private final EdgeProperties props;
    private final EdgeRefusals refusals;
    private final Counter slowClients;

    public BodyGuardFilter(long maxPackageBytes, EdgeProperties props, EdgeRefusals refusals, MeterRegistry registry) {
        this.maxBodyBytes = maxPackageBytes + props.envelopeBytes();
        this.props = props;
        this.refusals = refusals;
        this.slowClients = slowClients(registry);
    }

    /** {@code axis_requests_slow_clients_total}: headers (see {@link HeaderDeadlineProtocol}) or body too slow. */
    public static Counter slowClients(MeterRegistry registry) {
        return Counter.builder("axis.requests.slow.clients")
                .description("Requests cut off because their headers or body arrived too slowly or not in time")
                .register(registry);
    }

    /** Whom the body bytes of a request are charged to, once it is authenticated. */
    static final class BodyAccount {
        volatile ClientRateLimiter.BodyBytes bytes;
    }

    /**
     * From now on the body bytes of this request count against its client's in-flight limit
     * (released when the request ends); a declared length is reserved at once.
     *
     * @throws vn.lienthong.axis.ratelimit.RateLimitedException when the client has too many bytes in transit
     */
    public static void chargeTo(HttpServletRequest request, ClientRateLimiter limiter, String clientKey) {
        if (request != null && request.getAttribute(ATTRIBUTE) instanceof BodyAccount account && account.bytes == null) {
            account.bytes = limiter.openBody(clientKey, request.getContentLengthLong());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            refusals.write(request, response, new AxisException(AxisErrorCode.TOO_LARGE, declared
                    + " bytes declared; the limit is " + maxBodyBytes + " bytes (axis.limits.max-package-bytes"
                    + " + axis.edge.envelope-bytes)", "Content-Length"));
            return;
        }
        GuardedBody.Rules rules = new GuardedBody.Rules(maxBodyBytes,
                StopReadingValve.startNanos(request, System.nanoTime()), props.requestTimeout().toNanos(),
                props.slowBodyGrace().toNanos(), props.minBodyBytesPerSecond(), slowClients::increment);
        BodyAccount account = new BodyAccount();
        request.setAttribute(ATTRIBUTE, account);
        HttpServletRequestWrapper guarded = new HttpServletRequestWrapper(request) {
            private GuardedBody body;
            private BufferedReader reader;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (body == null) {
                    body = new GuardedBody(super.getInputStream(), rules, System::nanoTime,
                            () -> StopReadingValve.stopReading(request), account);
                }
                return body;
            }

            private Map<String, String[]> form;

            /** A form body is parsed from the guarded stream, never by the container past the guard. */
            private Map<String, String[]> form() {
                if (form == null) {
                    if (body != null || reader != null || !GuardedForm.isForm(request)) {
                        return super.getParameterMap();
                    }
                    try {
                        form = GuardedForm.parameters(getInputStream(), request.getContentLengthLong(),
                                super::getParameterMap, getCharacterEncoding());
                    } catch (IOException e) {
                        throw new AxisException(AxisErrorCode.BAD_REQUEST, "the form body could not be read", "body");
                    }
                }
                return form;
            }

            @Override
            public String getParameter(String name) {
                String[] values = form().get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(form());
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(form().keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return form().get(name);
            }

            @Override
            public BufferedReader getReader() throws IOException {
                if (reader == null) {
                    String encoding = getCharacterEncoding();
                    reader = new BufferedReader(new InputStreamReader(getInputStream(),
                            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
                }
                return reader;
            }
        };
        try {
            chain.doFilter(guarded, response);
        } catch (AxisException refused) { // the guard refused a body read outside a handler (a form's parameters)
            refusals.write(guarded, response, refused);
        } finally {
            if (account.bytes != null) {
                account.bytes.close();
            }
        }
    }
}
