package vn.lienthong.axis.evidence.timestamp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** {@code openssl ts -verify}: an implementation of RFC 3161 independent of BouncyCastle. */
public final class OpenSslTs {
    public record Result(int exit, String output) {}

    private OpenSslTs() {}

    /** Skips when openssl is absent, except under CI=true. */
    public static void require() {
        boolean present = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH")
                .split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "openssl")));
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("openssl is not installed");
            }
            Assumptions.abort("openssl is not installed");
        }
    }

    /** The command docs/evidence.md gives: {@code openssl ts -verify -data <file> -in <token> -token_in -CAfile <pem>}. */
    public static Result verify(Path data, Path token, Path caFile) throws Exception {
        Process p = new ProcessBuilder(List.of("openssl", "ts", "-verify", "-data", data.toString(), "-in",
                token.toString(), "-token_in", "-CAfile", caFile.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("openssl timed out");
        }
        return new Result(p.exitValue(), out);
    }
}
