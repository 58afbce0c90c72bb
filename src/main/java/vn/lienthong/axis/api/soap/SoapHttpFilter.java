package vn.lienthong.axis.api.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.cxf.common.util.UrlUtils;
import org.apache.cxf.helpers.HttpHeaderHelper;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * What the SOAP edge refuses at the HTTP level, before CXF sees the request, each logged as one line:
 * <ul>
 * <li>a document query other than {@code ?wsdl} ({@code ?wsdl=name}, {@code ?xsd=name}): the contract is one
 * self-contained WSDL ({@code wsdl/lienthong-axis.wsdl}, schema inline); CXF would answer 500 with its stack
 * trace and the name asked for; here 404 NOT_FOUND;</li>
 * <li>a method other than GET (the WSDL) and POST (the operations): CXF would log a stack trace;</li>
 * <li>a {@code Content-Type} charset CXF cannot decode: CXF would throw out of the servlet (an ERROR with its
 * stack trace and a non-SOAP 500); here UNSUPPORTED_MEDIA_TYPE.</li>
 * </ul>
 */
public final class SoapHttpFilter extends OncePerRequestFilter {
    private final EdgeRefusals refusals;

    public SoapHttpFilter(EdgeRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AxisException refused = refusal(request);
        if (refused != null) {
            refusals.write(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    private static AxisException refusal(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return new AxisException(AxisErrorCode.BAD_REQUEST, "the SOAP endpoint takes POST (its operations) and"
                    + " GET ?wsdl (its contract), not " + method, "method");
        }
        String query = request.getQueryString();
        if ("GET".equals(method) && query != null && !query.isEmpty()) {
            Map<String, String> params = UrlUtils.parseQueryString(query); // as CXF reads it
            String wsdl = params.get("wsdl");
            if (params.containsKey("xsd") || wsdl != null && !wsdl.isEmpty()) {
                return new AxisException(AxisErrorCode.NOT_FOUND, "this endpoint serves one document, its WSDL at"
                        + " ?wsdl (schema inline); there is no other", params.containsKey("xsd") ? "xsd" : "wsdl");
            }
        }
        String charset = HttpHeaderHelper.findCharset(request.getContentType()); // as CXF reads it
        if (charset != null && HttpHeaderHelper.mapCharset(charset, StandardCharsets.ISO_8859_1.name()) == null) {
            return new AxisException(AxisErrorCode.UNSUPPORTED_MEDIA_TYPE, "the charset of the Content-Type is not"
                    + " one this axis can read; send UTF-8", "Content-Type");
        }
        return null;
    }
}
