package vn.lienthong.axis.api.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The parameters of a form POST ({@code application/x-www-form-urlencoded}: the console's sign-in, its CSRF
 * token), read through the request's {@link GuardedBody}. The servlet container would read such a body itself
 * for {@code getParameter}, past the guard: a body trickled at one byte a second would hold a worker for as
 * long as the declared length lasts, before anyone is authenticated.
 */
final class GuardedForm {
    /** Tomcat's default {@code maxPostSize}; the console's forms are a few hundred bytes. */
    static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

    private GuardedForm() {}

    /** True for a body the container would parse into parameters (a POST with a form content type). */
    static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && request.getContentLengthLong() != 0 && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The query parameters (read by the container once the body stream is taken, so it no longer reads the
     * body) followed by the form body's, decoded in the request's character encoding (UTF-8 if none).
     *
     * @param guarded  the guarded body of the request; its rules (rate, deadline, size) apply while reading
     * @param declared its declared length ({@code Content-Length}), -1 if none
     * @param query   the container's parameters, asked for after {@code guarded} was taken
     */
    static Map<String, String[]> parameters(InputStream guarded, long declared,
                                            java.util.function.Supplier<Map<String, String[]>> query,
                                            String encoding) throws IOException {
        if (declared > MAX_FORM_BYTES) { // refused before a byte is read
            throw tooLarge();
        }
        byte[] body = readAtMost(guarded, MAX_FORM_BYTES);
        Map<String, List<String>> all = new LinkedHashMap<>();
        query.get().forEach((name, values) -> all.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(values)));
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
                all.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException malformed) {
                // a malformed %-escape: the container skips such a pair too
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
        return result;
    }

    private static String decode(String s, Charset charset) {
        return URLDecoder.decode(new String(s.getBytes(StandardCharsets.ISO_8859_1), charset), charset);
    }

    private static AxisException tooLarge() {
        return new AxisException(AxisErrorCode.TOO_LARGE, "a form body may carry at most " + MAX_FORM_BYTES
                + " bytes", "body");
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) != -1; ) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                throw tooLarge();
            }
        }
        return out.toByteArray();
    }
}
