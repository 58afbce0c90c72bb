package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.VxpSdk;

/**
 * The stock SDK's unsigned calls over real TLS: its registerAgency (body not signed) accepted from a client
 * registered with {@code vxpUnsignedAgencyBody}, still refused from any other client; its other calls (no
 * {@code servicecode} signed) served as before to a legacy client ({@code vxpUnsignedOperations}), still refused
 * from a strict one. A throw-away self-signed TLS key is generated with the JDK's keytool for this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VxpUnsignedAgencyBodyTlsIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("vxp-tls");
    static final Path KEY_STORE = DATA.resolve("sample-tls.p12");
    static final String PASSWORD = "sample-password";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        Files.createDirectories(DATA);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "axis", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1, O=SAMPLE - NOT FOR PRODUCTION", "-ext", "SAN=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", KEY_STORE.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        r.add("axis.data-dir", DATA::toString);
        r.add("server.ssl.enabled", () -> "true");
        r.add("server.ssl.key-store", KEY_STORE::toString);
        r.add("server.ssl.key-store-type", () -> "PKCS12");
        r.add("server.ssl.key-store-password", () -> PASSWORD);
    }

    @Test
    void givenTheStockSdkRegisterAgencyOverHttps_thenAcceptedOnlyFromAClientRegisteredForIt() throws Exception {
        String code = VxpRequestBindingIT.newCode();
        String body = VxpClients.agencyBody(A, code);

        VxpClients.refused(sdk(true, false).stock().call("registerAgency", Map.of(), body, "POST"), 200,
                AxisErrorCode.BAD_REQUEST);
        assertThat(agencies.find(code)).isEmpty();

        VxpClients.ok(sdk(true, true).stock().call("registerAgency", Map.of(), body, "POST"));
        assertThat(agencies.find(code)).hasValueSatisfying(a -> assertThat(a.active()).isTrue());
        assertThat(jdbc.sql("select detail from audit_log where action = 'agency-registered' and target = ?")
                .param(code).query(String.class).single()).contains("body not signed");
    }

    @Test
    void givenALegacyClientOverTls_whenTheStockSdkCallsWithoutServicecode_thenServedAsBefore() throws Exception {
        VxpSdk legacy = sdk(true, false).stock();
        for (String read : List.of("getAgenciesList", "getReceivedEdocList", "getSentEdocList", "countReceiveEdoc",
                "getSynchronizeUnit")) {
            VxpClients.ok(legacy.call(read, Map.of(), "{}", "POST"));
        }
        VxpClients.refused(legacy.call("getEdoc", Map.of("docId", "no-such-doc"), null, "POST"), 200,
                AxisErrorCode.NOT_FOUND);
    }

    @Test
    void givenAStrictClientOverTls_whenTheStockSdkCallsWithoutServicecode_thenStillRefused() throws Exception {
        VxpSdk strict = sdk(false, false);
        VxpClients.refused(strict.stock().call("getReceivedEdocList", Map.of(), "{}", "POST"), 200,
                AxisErrorCode.BAD_REQUEST);
        VxpClients.ok(strict.call("getReceivedEdocList", Map.of(), "{}", "POST"));
    }

    /** A client for A: legacy ({@code vxpUnsignedOperations}) or strict, optionally for unsigned agency bodies. */
    private VxpSdk sdk(boolean legacy, boolean unsignedAgencyBody) throws Exception {
        String systemId = "vxp.tls." + UUID.randomUUID().toString().substring(0, 8);
        ClientRegistry.Registered r = clients.register("DMS " + systemId, List.of(A), systemId,
                new ClientRegistry.VxpSettings(true, unsignedAgencyBody, legacy));
        return new VxpSdk("https://127.0.0.1:" + port + "/vxp", systemId, r.vxpSecret(), trusting());
    }

    private static HttpClient trusting() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }
}
