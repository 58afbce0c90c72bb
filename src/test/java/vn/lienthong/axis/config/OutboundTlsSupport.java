package vn.lienthong.axis.config;

import java.util.Map;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.jks.JksSslStoreBundle;
import org.springframework.boot.ssl.jks.JksSslStoreDetails;

/** Builds an outbound SSL context the way the axis does: a Spring Boot SSL bundle named in axis.tls.outbound. */
public final class OutboundTlsSupport {
    private OutboundTlsSupport() {}

    /** A bundle of a PKCS#12 trust store and (if not null) a PKCS#12 key store, both "sample-password". */
    public static SSLContext sslContext(String trustStore, String keyStore) {
        JksSslStoreDetails trust = new JksSslStoreDetails("PKCS12", null, trustStore, "sample-password");
        JksSslStoreDetails key = keyStore == null ? null
                : new JksSslStoreDetails("PKCS12", null, keyStore, "sample-password");
        DefaultSslBundleRegistry registry = new DefaultSslBundleRegistry("axis-outbound",
                SslBundle.of(new JksSslStoreBundle(key, trust), null));
        return OutboundTls.sslContext(new TlsProperties.Outbound("", Map.of("push", "axis-outbound")), registry, "push");
    }
}
