package vn.lienthong.axis.evidence;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** {@code xmlsec1 --verify} of an axis evidence document against the SAMPLE root and intermediate CA. */
public final class XmlSec1Cli {
    public record Result(int exit, String output) {}

    private XmlSec1Cli() {}

    /** Skips when xmlsec1 is absent, except under CI=true. */
    public static void require() {
        boolean present = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH")
                .split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "xmlsec1")));
        if (!present) {
            String msg = "xmlsec1 is not installed: apt-get install xmlsec1";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            Assumptions.abort(msg);
        }
    }

    /** The command line docs/evidence.md gives to check a receipt without the axis. */
    public static Result verify(Path signedXml) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("xmlsec1", "--verify", "--trusted-pem",
                "certs-sample/sample-root-ca.pem", "--untrusted-pem", "certs-sample/sample-intermediate-ca.pem",
                signedXml.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("xmlsec1 timed out");
        }
        return new Result(p.exitValue(), out);
    }
}
