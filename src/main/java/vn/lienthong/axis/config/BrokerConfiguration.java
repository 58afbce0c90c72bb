package vn.lienthong.axis.config;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The embedded broker's policy for the axis addresses: persistent, paging instead of dropping,
 * redelivery with exponential backoff, dead-letter and expiry addresses. The last customizer
 * re-checks the final configuration ({@link BrokerSafety}) so that no other customizer can weaken it.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    /** Address match for every axis queue. */
    public static final String AXIS_ADDRESSES = "axis.#";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ArtemisConfigurationCustomizer axisAddressSettings(AxisProperties props) {
        AxisProperties.Broker b = props.broker();
        return config -> {
            config.setGlobalMaxSize(b.globalMaxSizeMb() * 1024 * 1024);
            config.setJournalDatasync(true);
            // Artemis' NIO default (3.33 ms) holds every durable send that long before the fsync;
            // `artemis create` derives this from the disk's measured syncs/s instead.
            config.setJournalBufferTimeout_NIO((int) b.journalBufferTimeout().toNanos());
            config.setJournalBufferTimeout_AIO((int) b.journalBufferTimeout().toNanos());
            config.addAddressSetting(AXIS_ADDRESSES, new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(b.deadLetterAddress()))
                    .setExpiryAddress(SimpleString.of(b.expiryAddress()))
                    // The dead-letter and expiry queues are deployed (spring.artemis.embedded.queues) and
                    // consumed by the axis, so no per-address DLQ.* queues are auto-created beside them.
                    .setAutoCreateDeadLetterResources(false)
                    .setAutoCreateExpiryResources(false)
                    .setMaxDeliveryAttempts(b.maxDeliveryAttempts())
                    .setRedeliveryDelay(b.redeliveryDelay().toMillis())
                    .setRedeliveryMultiplier(b.redeliveryMultiplier())
                    .setMaxRedeliveryDelay(b.maxRedeliveryDelay().toMillis())
                    .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
        };
    }

    /** Static: a post-processor is made before the other beans (embedded and external broker alike). */
    @Bean
    static ConsumerWindow axisConsumerWindow() {
        return new ConsumerWindow();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ArtemisConfigurationCustomizer axisBrokerSafetyCheck() {
        return BrokerSafety::requireSafe;
    }
}
