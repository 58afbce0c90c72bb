package vn.lienthong.axis.api.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.cxf.common.util.UrlUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienthong.axis.api.edge.EdgeRefusals;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The SOAP contract is one self-contained WSDL ({@code wsdl/lienthong-axis.wsdl}, schema inline), served at
 * {@code ?wsdl}. CXF answers any other document query ({@code ?wsdl=name}, {@code ?xsd=name}) with a 500
 * carrying its stack trace and the name asked for; this filter answers 404 NOT_FOUND instead, logged as one line.
 */
public final class WsdlQueryFilter extends OncePerRequestFilter {
    private final EdgeRefusals refusals;

    public WsdlQueryFilter(EdgeRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if ("GET".equals(request.getMethod()) && query != null && !query.isEmpty()) {
            Map<String, String> params = UrlUtils.parseQueryString(query); // as CXF reads it
            String wsdl = params.get("wsdl");
            if (params.containsKey("xsd") || wsdl != null && !wsdl.isEmpty()) {
                refusals.write(request, response, new AxisException(AxisErrorCode.NOT_FOUND, "this endpoint serves"
                        + " one document, its WSDL at ?wsdl (schema inline); there is no other", params.containsKey("xsd")
                        ? "xsd" : "wsdl"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
