package vn.lienthong.axis.wiring;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.config.FederationProperties;
import vn.lienthong.axis.config.OutboundTls;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.upstream.RemoteAxes;
import vn.lienthong.axis.federation.vxp.VxpClient;

/**
 * The VXP clients of the national axis ({@code axis.upstream}) and of the peer axes ({@code axis.peers}), each
 * on its outbound TLS settings ({@link OutboundTls}).
 */
@Configuration(proxyBeanMethods = false)
public class FederationConfiguration {

    @Bean
    RemoteAxes remoteAxes(FederationProperties props, Clock clock, OutboundTls tls) {
        Map<String, VxpClient> clients = new LinkedHashMap<>();
        FederationProperties.Upstream up = props.upstream();
        if (up.enabled()) {
            require(up.baseUri() != null && !up.systemId().isBlank() && !up.secret().isBlank(),
                    "axis.upstream.base-uri, system-id and secret are required when axis.upstream.enabled is true",
                    "axis.upstream");
            clients.put(RouteRule.UPSTREAM, new VxpClient(new VxpClient.Endpoint(up.baseUri(), up.systemId(),
                    up.secret(), up.timeout()), http(tls.sslContext(OutboundTls.UPSTREAM)), clock));
        }
        props.peers().forEach((name, peer) -> {
            require(peer.baseUri() != null && peer.systemId() != null && peer.secret() != null,
                    "axis.peers." + name + ".base-uri, system-id and secret are required", "axis.peers." + name);
            clients.put(RouteRule.PEER_PREFIX + name, new VxpClient(new VxpClient.Endpoint(peer.baseUri(),
                    peer.systemId(), peer.secret(), peer.timeout()), http(tls.sslContext(name)), clock));
        });
        return new RemoteAxes(clients);
    }

    /** HTTP/1.1 as the SDK speaks it; {@code tls} null = the JVM's trust store, no client certificate. */
    private static HttpClient http(javax.net.ssl.SSLContext tls) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            b.sslContext(tls);
        }
        return b.build();
    }

    private static void require(boolean ok, String detail, String field) {
        if (!ok) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, detail, field);
        }
    }
}
