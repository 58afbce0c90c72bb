package vn.lienthong.axis.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives the web server's settings from {@code axis.tls.*} before the server is built:
 * {@code server.ssl.client-auth} from {@code axis.tls.client-auth}, and whom Tomcat believes about
 * {@code X-Forwarded-*}: nobody (strategy {@code none}, also on a cloud platform), or, with
 * {@code axis.tls.terminated-by-proxy=true}, the {@code axis.tls.trusted-proxies} only (RemoteIpValve).
 */
public class TlsEnvironment implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE = "axisTls";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        TlsProperties tls = Binder.get(env).bindOrCreate("axis.tls", TlsProperties.class);
        if (serverTls(env) && tls.clientAuth() != TlsProperties.ClientAuth.NONE) {
            derived.put("server.ssl.client-auth", tls.clientAuth().name().toLowerCase(Locale.ROOT));
        }
        if (tls.terminatedByProxy()) {
            derived.put("server.forward-headers-strategy", "native");
            derived.put("server.tomcat.remoteip.internal-proxies",
                    ForwardedHeaders.internalProxiesRegex(tls.trustedProxies()));
            derived.put("server.tomcat.remoteip.trusted-proxies", ForwardedHeaders.NOBODY);
            derived.put("server.tomcat.remoteip.remote-ip-header", "X-Forwarded-For");
            derived.put("server.tomcat.remoteip.protocol-header", "X-Forwarded-Proto");
        } else {
            derived.put("server.forward-headers-strategy", "none");
        }
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE, derived));
    }

    /** True if the server is configured to speak TLS itself. */
    static boolean serverTls(ConfigurableEnvironment env) {
        return env.getProperty("server.ssl.enabled", Boolean.class, true)
                && (!env.getProperty("server.ssl.bundle", "").isBlank()
                || !env.getProperty("server.ssl.key-store", "").isBlank()
                || !env.getProperty("server.ssl.certificate", "").isBlank());
    }

    /** After the config files are loaded; before {@link StartupSafetyCheck}, which reads the result. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
