package vn.lienthong.axis.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.config.OutboundTlsSupport;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.SampleTls;

/**
 * Push over real TLS sockets to an agency endpoint that serves the SAMPLE TLS key and requires a client
 * certificate issued under the SAMPLE root: the outbound SSL bundle decides whom the axis trusts and what it sends.
 */
class PushClientTlsTest {
    private HttpsServer endpoint;
    private final List<String> clientSubjects = new CopyOnWriteArrayList<>();
    @TempDir Path dir;

    @BeforeEach
    void start() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(SampleTls.load(SampleKeys.DIR.resolve("sample-axis-tls.p12")), SampleKeys.PASSWORD.toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(SampleTls.load(SampleTls.TRUST_STORE));
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        endpoint = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.setHttpsConfigurator(new HttpsConfigurator(server) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = server.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        endpoint.createContext("/push", exchange -> {
            X509Certificate peer = (X509Certificate) ((HttpsExchange) exchange).getSSLSession()
                    .getPeerCertificates()[0];
            clientSubjects.add(peer.getSubjectX500Principal().getName());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    @Test
    void givenOutboundBundleWithTrustStoreAndClientCertificate_whenPushingToAnEndpointRequiringOne_thenDelivered()
            throws Exception {
        SSLContext tls = OutboundTlsSupport.sslContext("file:" + SampleTls.TRUST_STORE,
                "file:" + SampleTls.clientP12("000.00.00.H99"));

        int status = push(tls);

        assertThat(status).isEqualTo(204);
        assertThat(clientSubjects).singleElement().asString().contains("000.00.00.H99");
    }

    @Test
    void givenOutboundBundleWithoutClientCertificate_whenTheEndpointRequiresOne_thenNotDelivered() {
        SSLContext tls = OutboundTlsSupport.sslContext("file:" + SampleTls.TRUST_STORE, null);

        assertThatThrownBy(() -> push(tls)).isInstanceOf(IOException.class);
        assertThat(clientSubjects).isEmpty();
    }

    @Test
    void givenNoOutboundBundle_whenTheEndpointsCertificateIsNotInTheJvmTrustStore_thenNotDelivered() {
        assertThatThrownBy(() -> push(null)).isInstanceOf(IOException.class);
        assertThat(clientSubjects).isEmpty();
    }

    private int push(SSLContext tls) throws Exception {
        Path payload = Files.writeString(dir.resolve("p.edxml"), "<edXMLEnvelope/>");
        return new PushClient(Duration.ofSeconds(5), Duration.ofSeconds(10), tls)
                .post("https://localhost:" + endpoint.getAddress().getPort() + "/push", payload, "axis-1", null);
    }
}
