package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Which SSL bundle an outbound call uses. */
class OutboundTlsTest {

    @Test
    void givenNoBundleNamed_thenTheJvmDefaultsAreUsed() {
        assertThat(OutboundTls.sslContext(new TlsProperties.Outbound("", Map.of()), new DefaultSslBundleRegistry(),
                "upstream")).isNull();
    }

    @Test
    void givenPerTargetBundle_thenItOverridesTheDefault() {
        var outbound = new TlsProperties.Outbound("all", Map.of("hanoi", "hanoi-only"));
        assertThat(outbound.bundleFor("hanoi")).isEqualTo("hanoi-only");
        assertThat(outbound.bundleFor("push")).isEqualTo("all");
    }

    @Test
    void givenABundleNameThatIsNotDefined_thenRefusedAsConfiguration() {
        assertThatThrownBy(() -> OutboundTls.sslContext(new TlsProperties.Outbound("missing", Map.of()),
                new DefaultSslBundleRegistry(), "push"))
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("missing");
    }
}
