package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** X-Forwarded-* are believed from the declared proxies only; client-auth reaches the server's SSL settings. */
class TlsEnvironmentTest {

    private static StandardEnvironment processed(Map<String, Object> props) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", props));
        new TlsEnvironment().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void givenNoProxyDeclared_thenForwardedHeadersAreIgnoredEvenIfConfiguredOtherwise() {
        StandardEnvironment env = processed(Map.of("server.forward-headers-strategy", "framework"));
        assertThat(env.getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }

    @Test
    void givenDeclaredProxies_thenOnlyTheirAddressesAreInternalProxies() {
        StandardEnvironment env = processed(Map.of("axis.tls.terminated-by-proxy", "true",
                "axis.tls.trusted-proxies", "10.0.0.5, 192.168.7.0/24, ::1"));
        assertThat(env.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        Pattern internal = Pattern.compile(env.getProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(internal.matcher("10.0.0.5").matches()).isTrue();
        assertThat(internal.matcher("192.168.7.200").matches()).isTrue();
        assertThat(internal.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String other : List.of("10.0.0.50", "10.0.0.6", "110.0.0.5", "192.168.8.1", "127.0.0.1", "172.16.0.1")) {
            assertThat(internal.matcher(other).matches()).as(other).isFalse();
        }
        Pattern trusted = Pattern.compile(env.getProperty("server.tomcat.remoteip.trusted-proxies"));
        assertThat(trusted.matcher("10.0.0.5").matches()).isFalse();
    }

    @Test
    void givenProxyWithoutAddresses_thenNobodyIsBelieved() {
        StandardEnvironment env = processed(Map.of("axis.tls.terminated-by-proxy", "true"));
        Pattern internal = Pattern.compile(env.getProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(internal.matcher("127.0.0.1").matches()).isFalse();
        assertThat(internal.matcher("10.0.0.1").matches()).isFalse();
    }

    @Test
    void givenAHostNameOrAnUnalignedPrefixAsProxy_thenRefusedAsConfiguration() {
        assertThatThrownBy(() -> processed(Map.of("axis.tls.terminated-by-proxy", "true",
                "axis.tls.trusted-proxies", "proxy.example.gov.vn"))).hasMessageContaining("proxy.example.gov.vn");
        assertThatThrownBy(() -> processed(Map.of("axis.tls.terminated-by-proxy", "true",
                "axis.tls.trusted-proxies", "10.0.0.0/12"))).hasMessageContaining("octet boundary");
    }

    @Test
    void givenClientAuthWantAndServerTls_thenTheServerAsksForCertificates() {
        assertThat(processed(Map.of("axis.tls.client-auth", "want", "server.ssl.bundle", "axis-server"))
                .getProperty("server.ssl.client-auth")).isEqualTo("want");
        assertThat(processed(Map.of("axis.tls.client-auth", "NEED", "server.ssl.bundle", "axis-server"))
                .getProperty("server.ssl.client-auth")).isEqualTo("need");
        assertThat(processed(Map.of("server.ssl.bundle", "axis-server")).getProperty("server.ssl.client-auth")).isNull();
    }
}
