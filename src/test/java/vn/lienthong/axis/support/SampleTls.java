package vn.lienthong.axis.support;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS clients on the SAMPLE PKI: trusting {@code sample-truststore.p12}, optionally with a client certificate. */
public final class SampleTls {
    public static final Path TRUST_STORE = SampleKeys.DIR.resolve("sample-truststore.p12");

    private SampleTls() {}

    /** The TLS client certificate (with key and chain) of a sample agency, e.g. {@code 000.00.00.H99}. */
    public static Path clientP12(String agency) {
        return SampleKeys.DIR.resolve("sample-agency-" + agency.toLowerCase(java.util.Locale.ROOT) + "-client.p12");
    }

    public static Path clientPem(String agency) {
        return SampleKeys.DIR.resolve("sample-agency-" + agency.toLowerCase(java.util.Locale.ROOT) + "-client.pem");
    }

    /** Trusts the SAMPLE root; presents the key of {@code clientP12} when not null. */
    public static SSLContext context(Path clientP12) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(TRUST_STORE));
            KeyManagerFactory kmf = null;
            if (clientP12 != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(clientP12), SampleKeys.PASSWORD.toCharArray());
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the SAMPLE TLS context", e);
        }
    }

    /** A fresh HTTP/1.1 client (no shared connections or sessions) on {@link #context(Path)}. */
    public static HttpClient client(Path clientP12) {
        return HttpClient.newBuilder().sslContext(context(clientP12)).version(HttpClient.Version.HTTP_1_1).build();
    }

    public static KeyStore load(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, SampleKeys.PASSWORD.toCharArray());
        }
        return ks;
    }
}
