package vn.lienthong.axis.config;

import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The TLS side of the axis's own calls (push to agencies, the national axis, peer axes): the SSL bundle named
 * by {@code axis.tls.outbound.bundle}, or per target by {@code axis.tls.outbound.bundles.<target>}, gives the
 * trust store (which servers are believed) and optionally the client certificate sent. No bundle: the JVM's
 * trust store and no client certificate.
 */
@Component
public class OutboundTls {
    /** The target name of agency push endpoints. */
    public static final String PUSH = "push";
    /** The target name of the national axis. */
    public static final String UPSTREAM = "upstream";

    private final TlsProperties.Outbound settings;
    private final SslBundles bundles;

    public OutboundTls(TlsProperties props, SslBundles bundles) {
        this.settings = props.outbound();
        this.bundles = bundles;
    }

    /** The SSL context for calls to {@code target} ({@link #PUSH}, {@link #UPSTREAM} or a peer's name), or null. */
    public SSLContext sslContext(String target) {
        return sslContext(settings, bundles, target);
    }

    static SSLContext sslContext(TlsProperties.Outbound settings, SslBundles bundles, String target) {
        String name = settings.bundleFor(target);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return bundles.getBundle(name.trim()).createSslContext();
        } catch (NoSuchSslBundleException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.tls.outbound: no SSL bundle " + name
                    + " (define it under spring.ssl.bundle.jks or .pem) for " + target, "axis.tls.outbound", e);
        }
    }
}
