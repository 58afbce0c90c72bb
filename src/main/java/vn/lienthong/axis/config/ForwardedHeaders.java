package vn.lienthong.axis.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Turns {@code axis.tls.trusted-proxies} into the anchored regular expression Tomcat's RemoteIpValve matches. */
final class ForwardedHeaders {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String OCTET = "\\d{1,3}";
    /** Matches no address: nothing is trusted. */
    static final String NOBODY = "(?!)";

    private ForwardedHeaders() {}

    static String internalProxiesRegex(List<String> proxies) {
        List<String> parts = new ArrayList<>();
        for (String raw : proxies) {
            String p = raw.trim();
            if (!p.isEmpty()) {
                parts.add(regex(p));
            }
        }
        return parts.isEmpty() ? NOBODY : String.join("|", parts);
    }

    private static String regex(String proxy) {
        int slash = proxy.indexOf('/');
        if (slash < 0) {
            if (IPV4.matcher(proxy).matches()) {
                return Pattern.quote(proxy);
            }
            if (IPV6.matcher(proxy).matches()) {
                return Pattern.quote(ipv6(proxy));
            }
            throw invalid(proxy);
        }
        String address = proxy.substring(0, slash);
        int bits;
        try {
            bits = Integer.parseInt(proxy.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw invalid(proxy);
        }
        if (!IPV4.matcher(address).matches() || bits % 8 != 0 || bits < 8 || bits > 32) {
            throw invalid(proxy);
        }
        String[] octets = address.split("\\.");
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            r.append(i == 0 ? "" : "\\.").append(i < bits / 8 ? octets[i] : OCTET);
        }
        return r.toString();
    }

    /** The form Tomcat reports ({@code 0:0:0:0:0:0:0:1} for {@code ::1}); a literal needs no name lookup. */
    private static String ipv6(String literal) {
        try {
            return java.net.InetAddress.getByName(literal).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw invalid(literal);
        }
    }

    private static AxisException invalid(String proxy) {
        return new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.tls.trusted-proxies: " + proxy
                + " is neither an IP address nor an IPv4 prefix on an octet boundary (/8, /16, /24, /32)",
                "axis.tls.trusted-proxies");
    }
}
