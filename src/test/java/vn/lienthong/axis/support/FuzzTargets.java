package vn.lienthong.axis.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.lienthong.axis.edxml.AttachmentSink;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.edxml.ReaderLimits;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.federation.vxp.VxpRequestVerifier;
import vn.lienthong.axis.intake.MultipartPackageStream;

/**
 * The three parsers that read attacker-controlled bytes, driven by the fuzz tests (issue 10, "fuzzing
 * pass"). Each target states the property: only an {@link AxisException} may escape, and nothing is left
 * on disk; the tests bound time and memory around them.
 */
public final class FuzzTargets {
    /** Small limits, so that a generated input can reach every limit cheaply. */
    public static final ReaderLimits SMALL = new ReaderLimits(20, 200, 2_000, 20, 1024, 4096, 4, 64 * 1024,
            1024 * 1024, 128 * 1024, 10);
    public static final String SECRET = "fuzz-secret-0123456789abcdef";
    public static final String SYSTEM = "vxp.fuzz";

    private FuzzTargets() {}

    /** Reads a package (header-only, then with attachments into {@code scratch}); the folder must end up empty. */
    public static void edxml(byte[] input, Path scratch) {
        EdxmlReader reader = new EdxmlReader(SMALL);
        try {
            reader.readHeader(new ByteArrayInputStream(input));
        } catch (AxisException refused) {
            // the documented outcome of a bad package
        }
        try {
            EdxmlPackage pkg = reader.read(new ByteArrayInputStream(input), AttachmentSink.directory(scratch));
            pkg.attachments().forEach(a -> delete(a.file()));
        } catch (AxisException refused) {
            // the documented outcome of a bad package
        }
        requireEmpty(scratch);
    }

    /** Opens the {@code package} part of a multipart body under a content type and reads it to the end. */
    public static void multipart(byte[] body, String contentType) {
        try (InputStream part = MultipartPackageStream.open(new ByteArrayInputStream(body), contentType, "package",
                true)) {
            part.readAllBytes();
        } catch (AxisException refused) {
            // the documented outcome of a bad request
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Authenticates a VXP request whose headers are {@code headers}; when {@code signHeader} is given it is
     * sent as {@code XroadVnpt-sign-header} with a correct HMAC, so the signed-header parsing is reached.
     */
    public static void vxpHeaders(Map<String, String> headers, String signHeader) {
        Map<String, String> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.putAll(headers);
        if (signHeader != null) {
            sent.put(VxpHeaders.SIGN_HEADER, signHeader);
            sent.put(VxpHeaders.HASH_HEADER, VxpHeaders.hmacHex(SECRET, signHeader));
            sent.putIfAbsent(VxpHeaders.PREFIX + VxpHeaders.SYSTEM_ID, SYSTEM);
        }
        VxpRequestVerifier verifier = new VxpRequestVerifier(
                id -> SYSTEM.equals(id) ? Optional.of(SECRET) : Optional.empty(), Duration.ofDays(7),
                Clock.systemUTC());
        try {
            verifier.verify(sent::get);
        } catch (AxisException refused) {
            // the documented outcome of a bad request
        }
    }

    /** Text of arbitrary bytes as a header value would arrive (ISO-8859-1, as servlet containers decode them). */
    public static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void requireEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            Optional<Path> left = files.filter(Files::isRegularFile).findFirst();
            if (left.isPresent()) {
                throw new IllegalStateException("the reader left " + left.get() + " behind");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
