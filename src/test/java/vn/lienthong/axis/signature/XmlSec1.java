package vn.lienthong.axis.signature;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Drives the {@code xmlsec1} command line (libxmlsec1, Debian package {@code xmlsec1}) through ProcessBuilder. */
final class XmlSec1 {
    record Result(int exit, String output) {}

    private XmlSec1() {}

    /** Skips the test when xmlsec1 is absent, except under CI=true where its absence fails the test. */
    static void require() {
        boolean present = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "xmlsec1")));
        if (!present) {
            String msg = "xmlsec1 is not installed: run `apt-get install xmlsec1` to enable the interoperability tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            Assumptions.abort(msg);
        }
    }

    static Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("xmlsec1"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("xmlsec1 timed out");
        }
        return new Result(p.exitValue(), out);
    }

    static Path pem(Path file, String type, byte[] der) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    /** A Signature template for {@code xmlsec1 --sign} (no whitespace, so nothing outside it changes). */
    static String template(String c14n, List<String> transforms, String sigAlg) {
        StringBuilder t = new StringBuilder("<Signature xmlns=\"" + SignatureUris.DSIG_NS + "\"><SignedInfo>"
                + "<CanonicalizationMethod Algorithm=\"" + c14n + "\"/><SignatureMethod Algorithm=\"" + sigAlg + "\"/>"
                + "<Reference URI=\"\"><Transforms>");
        transforms.forEach(uri -> t.append("<Transform Algorithm=\"").append(uri).append("\"/>"));
        return t.append("</Transforms><DigestMethod Algorithm=\"").append(SignatureUris.SHA256)
                .append("\"/><DigestValue></DigestValue></Reference></SignedInfo><SignatureValue></SignatureValue>")
                .append("<KeyInfo><X509Data></X509Data></KeyInfo></Signature>").toString();
    }
}
