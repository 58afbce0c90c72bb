package vn.lienthong.axis.config;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The axis's consumers take their messages one at a time from the broker (Artemis {@code consumerWindowSize=0})
 * instead of each buffering up to 1 MiB of them: the broker hands messages to the consumers of a queue in turn,
 * so a delivery buffered behind a slow push waited for it while the other consumers stood idle (Artemis's
 * "slow consumers" case; ADR 042). A window set on the broker URL ({@code ?consumerWindowSize=}) is kept.
 */
public final class ConsumerWindow implements BeanPostProcessor {
    static final int NO_BUFFER = 0;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        ConnectionFactory target = bean instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : null;
        if (target instanceof ActiveMQConnectionFactory artemis
                && artemis.getConsumerWindowSize() == ActiveMQClient.DEFAULT_CONSUMER_WINDOW_SIZE) {
            artemis.setConsumerWindowSize(NO_BUFFER);
        }
        return bean;
    }
}
