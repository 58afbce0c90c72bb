package vn.lienthong.axis.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.support.TestDirs;

/** TLS terminated by a proxy declared at 127.0.0.1: its X-Forwarded-* headers are believed (the WSDL's address). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"axis.tls.terminated-by-proxy=true", "axis.tls.trusted-proxies=127.0.0.1"})
@ActiveProfiles("test")
class TrustedProxyIT {
    static final Path DATA = TestDirs.fresh("proxy");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @LocalServerPort int port;

    @Test
    void givenDeclaredProxy_whenItForwardsAnHttpsRequest_thenTheAxisSeesTheClientsSchemeAndHost() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/ws/axis?wsdl"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "truc.example.gov.vn")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("https://truc.example.gov.vn/ws/axis")
                .doesNotContain("http://127.0.0.1:" + port + "/ws/axis");
    }
}
