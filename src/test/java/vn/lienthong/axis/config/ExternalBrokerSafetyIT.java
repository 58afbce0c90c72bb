package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.PageFullMessagePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.lienthong.axis.support.FreePorts;
import vn.lienthong.axis.support.TcpBroker;

/**
 * The startup check of a standalone broker reads the address settings over real core management (a real
 * Artemis on a TCP port) and refuses settings that would lose messages silently.
 */
class ExternalBrokerSafetyIT {
    private TcpBroker broker;

    @AfterEach
    void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void givenTheAxisPolicyOnTheBroker_thenStartupGoesOn() throws Exception {
        String url = start(true, s -> { });
        assertThatCode(() -> check(url, "5s").afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void givenDropWhenTheDeliveryAddressIsFull_thenStartupIsRefused() throws Exception {
        String url = start(true, s -> s.setAddressFullMessagePolicy(AddressFullMessagePolicy.DROP));
        assertThatThrownBy(() -> check(url, "5s").afterPropertiesSet())
                .hasMessageContaining("address-full-policy DROP on 'axis.delivery'");
    }

    @Test
    void givenDropWhenPagingIsFull_thenStartupIsRefused() throws Exception {
        String url = start(true, s -> s.setPageLimitBytes(1024L * 1024).setPageFullMessagePolicy(PageFullMessagePolicy.DROP));
        assertThatThrownBy(() -> check(url, "5s").afterPropertiesSet())
                .hasMessageContaining("page-full-policy DROP on 'axis.delivery'");
    }

    @Test
    void givenDeadLettersGoingElsewhereThanTheAxisConsumes_thenStartupIsRefused() throws Exception {
        String url = start(true, s -> s.setDeadLetterAddress(SimpleString.of("DLQ")));
        assertThatThrownBy(() -> check(url, "5s").afterPropertiesSet())
                .hasMessageContaining("dead letters of axis.delivery go to 'DLQ'");
    }

    @Test
    void givenNoDeadLetterAddress_thenStartupIsRefused() throws Exception {
        String url = start(true, s -> s.setDeadLetterAddress(null));
        assertThatThrownBy(() -> check(url, "5s").afterPropertiesSet())
                .hasMessageContaining("no dead-letter address for axis.delivery");
    }

    @Test
    void givenPersistenceDisabled_thenStartupIsRefused() throws Exception {
        String url = start(false, s -> { });
        assertThatThrownBy(() -> check(url, "5s").afterPropertiesSet())
                .hasMessageContaining("persistence is disabled");
    }

    @Test
    void givenNoBrokerAnswering_thenStartupIsRefusedAfterTheTimeout() {
        String url = "(tcp://127.0.0.1:" + FreePorts.next() + ",tcp://127.0.0.1:" + FreePorts.next() + ")?ha=true&reconnectAttempts=-1";
        Instant begin = Instant.now();
        assertThatThrownBy(() -> check(url, "2s").afterPropertiesSet())
                .hasMessageContaining("cannot read the address settings");
        assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    /** A real broker on a free TCP port with the axis addresses; {@code axis} tweaks the axis.# settings. */
    private String start(boolean persistent, Consumer<AddressSettings> axis) throws Exception {
        broker = TcpBroker.start("external-broker", persistent, axis);
        return broker.url();
    }

    private static ExternalBrokerSafetyCheck check(String url, String timeout) {
        ArtemisProperties artemis = new ArtemisProperties();
        artemis.setBrokerUrl(url);
        artemis.setUser("axis");
        artemis.setPassword("secret");
        AxisProperties props = new Binder(new MapConfigurationPropertySource(
                Map.of("axis.broker.external-check-timeout", timeout))).bindOrCreate("axis", AxisProperties.class);
        return new ExternalBrokerSafetyCheck(artemis, props);
    }

}
