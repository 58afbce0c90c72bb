package vn.lienthong.axis.support;

import java.nio.file.Path;
import java.util.Locale;

/** Paths of the committed SAMPLE PKI in {@code certs-sample/}. */
public final class SampleKeys {
    public static final String PASSWORD = "sample-password";
    public static final Path DIR = Path.of("certs-sample");
    public static final Path ROOT = DIR.resolve("sample-root-ca.pem");
    public static final Path INTERMEDIATE = DIR.resolve("sample-intermediate-ca.pem");
    public static final Path CRL = DIR.resolve("sample-intermediate-ca.crl");

    private SampleKeys() {}

    public static Path signingP12(String agency, boolean ec) {
        return DIR.resolve("sample-agency-" + agency.toLowerCase(Locale.ROOT) + (ec ? "-ec" : "-rsa") + "-signing.p12");
    }

    public static Path signingPem(String agency, boolean ec) {
        return DIR.resolve("sample-agency-" + agency.toLowerCase(Locale.ROOT) + (ec ? "-ec" : "-rsa") + "-signing.pem");
    }

    /** A negative sample, e.g. {@code revoked}, {@code expired}, {@code untrusted}. */
    public static Path negativeP12(String what) {
        return DIR.resolve("sample-" + what + "-signing.p12");
    }
}
