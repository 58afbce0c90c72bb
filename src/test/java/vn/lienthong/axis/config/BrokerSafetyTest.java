package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.PageFullMessagePolicy;
import org.junit.jupiter.api.Test;

class BrokerSafetyTest {

    private static ConfigurationImpl safeConfig() {
        ConfigurationImpl c = new ConfigurationImpl();
        c.setPersistenceEnabled(true);
        c.addAddressSetting(BrokerConfiguration.AXIS_ADDRESSES,
                new AddressSettings().setDeadLetterAddress(SimpleString.of("axis.dead-letter")));
        return c;
    }

    @Test
    void givenPersistentBrokerWithDeadLetterAddress_thenAccepted() {
        assertThat(BrokerSafety.problems(safeConfig())).isEmpty();
    }

    @Test
    void givenPersistenceDisabled_thenRefused() {
        ConfigurationImpl c = safeConfig();
        c.setPersistenceEnabled(false);
        assertThatThrownBy(() -> BrokerSafety.requireSafe(c)).hasMessageContaining("persistence is disabled");
    }

    @Test
    void givenNoDeadLetterAddress_thenRefused() {
        ConfigurationImpl c = safeConfig();
        c.getAddressSettings().put(BrokerConfiguration.AXIS_ADDRESSES, new AddressSettings());
        assertThat(BrokerSafety.problems(c)).anyMatch(p -> p.contains("no dead-letter address"));
    }

    @Test
    void givenDropPolicyAnywhere_thenRefused() {
        ConfigurationImpl c = safeConfig();
        c.addAddressSetting("axis.delivery",
                new AddressSettings().setAddressFullMessagePolicy(AddressFullMessagePolicy.DROP));
        assertThat(BrokerSafety.problems(c)).anyMatch(p -> p.contains("DROP on 'axis.delivery'"));
    }

    @Test
    void givenExpiryWithoutExpiryAddress_thenRefused() {
        ConfigurationImpl c = safeConfig();
        c.getAddressSettings().get(BrokerConfiguration.AXIS_ADDRESSES).setExpiryDelay(1000L);
        assertThat(BrokerSafety.problems(c)).anyMatch(p -> p.contains("no expiry address"));
    }

    @Test
    void givenPageFullPolicyDrop_thenRefused() {
        ConfigurationImpl c = safeConfig();
        c.addAddressSetting("axis.#", c.getAddressSettings().get(BrokerConfiguration.AXIS_ADDRESSES)
                .setPageLimitBytes(1024L * 1024).setPageFullMessagePolicy(PageFullMessagePolicy.DROP));
        assertThat(BrokerSafety.problems(c)).containsExactly(
                "page-full-policy DROP on 'axis.#' would discard accepted messages once paging is full");
    }
}
