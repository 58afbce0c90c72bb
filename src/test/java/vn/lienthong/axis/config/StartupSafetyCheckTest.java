package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class StartupSafetyCheckTest {

    private static StandardEnvironment env(Map<String, Object> props, String... profiles) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", props));
        env.setActiveProfiles(profiles);
        return env;
    }

    private static void check(StandardEnvironment env) {
        new StartupSafetyCheck().postProcessEnvironment(env, new SpringApplication());
    }

    @Test
    void givenProductionWithNothingConfigured_thenRefusedNamingEveryMissingSetting() {
        assertThatThrownBy(() -> check(env(Map.of(), "production")))
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("spring.datasource.url")
                .hasMessageContaining("axis.trust.anchors")
                .hasMessageContaining("axis.signing.key-store")
                .hasMessageContaining("axis.vxp.secret-key (env AXIS_VXP_SECRET_KEY)");
    }

    @Test
    void givenProductionProfileWithNothingSet_whenTheApplicationStarts_thenItStopsBeforeOpeningAnything() {
        var app = new org.springframework.boot.builder.SpringApplicationBuilder(vn.lienthong.axis.AxisApplication.class)
                .profiles("production").web(org.springframework.boot.WebApplicationType.NONE);
        assertThatThrownBy(app::run)
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("spring.datasource.url (env AXIS_DATABASE_URL)")
                .hasMessageContaining("axis.trust.anchors (env AXIS_TRUST_ANCHORS)")
                .hasMessageContaining("axis.signing.key-store (env AXIS_SIGNING_KEY_STORE)")
                .hasMessageContaining("axis.vxp.secret-key (env AXIS_VXP_SECRET_KEY) is not set");
    }

    @Test
    void givenProductionOnH2_thenRefused() {
        var props = Map.<String, Object>of("spring.datasource.url", "jdbc:h2:file:./x",
                "axis.trust.anchors", "/etc/axis/root.pem", "axis.signing.key-store", "/etc/axis/sign.p12");
        assertThatThrownBy(() -> check(env(props, "production"))).hasMessageContaining("points to H2");
    }

    @Test
    void givenCompleteProductionSettings_thenAccepted() {
        check(env(production(Map.of()), "production"));
    }

    @Test
    void givenCompleteProductionSettingsBehindADeclaredProxy_thenAccepted() {
        var props = new HashMap<>(production(Map.of()));
        props.remove("server.ssl.bundle");
        props.put("axis.tls.terminated-by-proxy", "true");
        props.put("axis.tls.trusted-proxies", "10.0.0.5");
        check(env(props, "production"));
    }

    @Test
    void givenProductionWithoutTlsAndWithoutADeclaredProxy_thenRefusedForPlainHttp() {
        var props = new HashMap<>(production(Map.of()));
        props.remove("server.ssl.bundle");
        assertThatThrownBy(() -> check(env(props, "production"))).hasMessageContaining("plain HTTP");
    }

    @Test
    void givenProductionTerminatedByProxyWithoutTrustedProxies_thenRefused() {
        var props = new HashMap<>(production(Map.of()));
        props.remove("server.ssl.bundle");
        props.put("axis.tls.terminated-by-proxy", "true");
        assertThatThrownBy(() -> check(env(props, "production"))).hasMessageContaining("axis.tls.trusted-proxies");
    }

    @Test
    void givenProductionAdminTokenOf31Characters_thenRefused_and32Accepted() {
        assertThatThrownBy(() -> check(env(production(Map.of("axis.admin.token", "a".repeat(31))), "production")))
                .hasMessageContaining("axis.admin.token").hasMessageContaining("shorter than 32");
        assertThatThrownBy(() -> check(env(production(Map.of("axis.admin.token", "")), "production")))
                .hasMessageContaining("shorter than 32");
        check(env(production(Map.of("axis.admin.token", "a".repeat(32))), "production"));
    }

    @Test
    void givenProductionWithSoftFailTrustAnchors_thenRefused() {
        var props = production(Map.of("axis.trust.soft-fail-anchors[0]", "/etc/axis/old-ca.pem"));
        assertThatThrownBy(() -> check(env(props, "production"))).hasMessageContaining("soft-fail");
    }

    @Test
    void givenClientCertificatesWantedWithoutServerTls_thenRefusedInEveryProfile() {
        var props = Map.<String, Object>of("axis.tls.client-auth", "want");
        assertThatThrownBy(() -> check(env(props, "local"))).hasMessageContaining("axis.tls.client-auth=want");
        check(env(Map.of("axis.tls.client-auth", "want", "server.ssl.bundle", "axis-server"), "local"));
    }

    @Test
    void givenRenamedCopyOfTheSampleRootAsAnchor_thenRefusedByFingerprintOutsideLocalAndTest(@TempDir Path dir)
            throws Exception {
        Path copy = Files.copy(Path.of("certs-sample/sample-root-ca.pem"), dir.resolve("root.pem"));
        var props = Map.<String, Object>of("axis.trust.anchors[0]", copy.toString());
        assertThatThrownBy(() -> check(env(props))).hasMessageContaining("SAMPLE PKI")
                .hasMessageContaining(copy.toString());
        assertThatThrownBy(() -> check(env(props, "postgres"))).hasMessageContaining("SAMPLE PKI");
        check(env(props, "local"));
        check(env(props, "test"));
    }

    @Test
    void givenRenamedSampleTlsKeyInAnSslBundle_thenRefusedOutsideLocalAndTest(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Path.of("certs-sample/sample-axis-tls.p12"), dir.resolve("axis-tls.p12"));
        var props = Map.<String, Object>of("spring.ssl.bundle.jks.axis-server.keystore.location", "file:" + copy,
                "spring.ssl.bundle.jks.axis-server.keystore.password", "sample-password");
        assertThatThrownBy(() -> check(env(props))).hasMessageContaining("axis-tls.p12").hasMessageContaining("SAMPLE");
        check(env(props, "local"));
    }

    @Test
    void givenRenamedSampleSigningKey_thenRefusedOutsideLocalAndTest(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Path.of("certs-sample/sample-axis-signing.p12"), dir.resolve("axis.p12"));
        var props = Map.<String, Object>of("axis.signing.key-store", copy.toString(),
                "axis.signing.key-store-password", "sample-password");
        assertThatThrownBy(() -> check(env(props))).hasMessageContaining("axis.p12").hasMessageContaining("SAMPLE");
    }

    /** Settings production accepts, with {@code overrides}; the files need not exist for this check. */
    private static Map<String, Object> production(Map<String, Object> overrides) {
        var props = new HashMap<String, Object>(Map.of("spring.datasource.url", "jdbc:postgresql://db/axis",
                "axis.trust.anchors[0]", "/etc/axis/root.pem", "axis.signing.key-store", "/etc/axis/sign.p12",
                "axis.admin.token", "x".repeat(40), "server.ssl.bundle", "axis-server",
                "axis.vxp.secret-key", "bm90LWEtc2FtcGxlLWtleS0zMi1ieXRlcy1sb25nISE="));
        props.putAll(overrides);
        return props;
    }

    @Test
    void givenProductionWithoutVxpSecretKey_thenRefused() {
        var props = new HashMap<>(production(Map.of()));
        props.remove("axis.vxp.secret-key");
        assertThatThrownBy(() -> check(env(props, "production")))
                .hasMessageContaining("axis.vxp.secret-key (env AXIS_VXP_SECRET_KEY) is not set")
                .hasMessageNotContaining("axis.trust.anchors");
    }

    @Test
    void givenSampleVxpSecretKeyOutsideLocalAndTest_thenRefused() {
        var props = Map.<String, Object>of("axis.vxp.secret-key", VxpFacadeProperties.SAMPLE_SECRET_KEY);
        assertThatThrownBy(() -> check(env(props, "postgres"))).hasMessageContaining("axis.vxp.secret-key is the SAMPLE key");
        check(env(props, "local"));
        check(env(props, "test"));
    }

    @Test
    void givenProductionWithRevocationOff_thenRefused() {
        var props = production(Map.of("axis.trust.revocation", "false"));
        assertThatThrownBy(() -> check(env(props, "production"))).hasMessageContaining("axis.trust.revocation=false");
    }

    @Test
    void givenNonPersistentEmbeddedBroker_thenRefusedInEveryProfile() {
        var props = Map.<String, Object>of("spring.artemis.embedded.persistent", "false");
        assertThatThrownBy(() -> check(env(props, "local"))).hasMessageContaining("persistent=false");
        assertThatThrownBy(() -> check(env(props))).hasMessageContaining("persistent=false");
    }

    @Test
    void givenSampleKeysOutsideLocalAndTest_thenRefused() {
        var props = Map.<String, Object>of("axis.trust.anchors[0]", "certs-sample/sample-root-ca.pem");
        assertThatThrownBy(() -> check(env(props))).hasMessageContaining("only allowed in the local/test profiles");
        check(env(props, "local"));
        check(env(props, "test"));
    }

    @Test
    void givenEmptyDeadLetterAddress_thenRefused() {
        var props = Map.<String, Object>of("axis.broker.dead-letter-address", " ");
        assertThatThrownBy(() -> check(env(props, "local"))).hasMessageContaining("dead-letter");
    }

    @Test
    void givenSampleAdminTokenOutsideLocalAndTest_thenRefused() {
        var admin = Map.<String, Object>of("axis.admin.token", "sample-admin-token");
        assertThatThrownBy(() -> check(env(admin, "postgres"))).hasMessageContaining("SAMPLE token");
        check(env(admin, "local"));
    }
}
