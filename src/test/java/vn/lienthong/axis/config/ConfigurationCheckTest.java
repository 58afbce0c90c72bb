package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.lienthong.axis.AxisApplication;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class ConfigurationCheckTest {

    private static StandardEnvironment check(Map<String, Object> props) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", props));
        new ConfigurationCheck().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void givenNegativeSizeZeroTimeoutAndRelativeUrl_thenRefusedNamingEachProperty() {
        assertThatThrownBy(() -> check(Map.of("axis.limits.max-package-bytes", "-1",
                "axis.delivery.push-timeout", "0s",
                "axis.duties.summary.webhook-url", "hooks.example.gov.vn/duties")))
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("axis.limits.max-package-bytes: must be greater than 0 (was -1)")
                .hasMessageContaining("axis.delivery.push-timeout:")
                .hasMessageContaining("axis.duties.summary.webhook-url must be an absolute http(s) URL");
    }

    @Test
    void givenAValueThatDoesNotConvert_thenRefusedNamingTheProperty() {
        assertThatThrownBy(() -> check(Map.of("axis.upstream.poll-interval", "soon")))
                .isInstanceOf(AxisException.class)
                .hasMessageContaining("axis.upstream.poll-interval: ");
    }

    @Test
    void givenAnInvalidPeerAndAZeroCount_thenRefusedNamingThePeerProperty() {
        assertThatThrownBy(() -> check(Map.of("axis.peers.hanoi.base-uri", "ftp://hanoi.example/vxp/",
                "axis.peers.hanoi.timeout", "30s", "axis.delivery.consumers", "0")))
                .hasMessageContaining("axis.peers.<name>.base-uri must be an absolute http(s) URL")
                .hasMessageContaining("axis.delivery.consumers: must be greater than 0 (was 0)");
    }

    @Test
    void givenNothingSet_thenTheRecordDefaultsReachThePlaceholders() {
        StandardEnvironment env = check(Map.of("axis.delivery.sweep-period", "45s"));
        assertThat(env.getProperty("axis.trust.refresh-period")).isEqualTo("5s");
        assertThat(env.getProperty("axis.queues.delivery")).isEqualTo("axis.delivery");
        assertThat(env.getProperty("axis.intake.after-delivery")).isEmpty();
        assertThat(env.getProperty("axis.delivery.sweep-period")).as("a set value wins").isEqualTo("45s");
    }

    @Test
    void givenAnInvalidValue_whenTheApplicationStarts_thenItStopsNamingTheProperty() {
        var app = new SpringApplicationBuilder(AxisApplication.class).profiles("test")
                .web(WebApplicationType.NONE)
                .properties("axis.data-dir=target/configuration-check-test", "axis.edge.header-timeout=0s");
        assertThatThrownBy(app::run)
                .isInstanceOfSatisfying(AxisException.class, e ->
                        assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("axis.edge.header-timeout");
    }
}
