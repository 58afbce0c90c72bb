package vn.lienthong.axis.config;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.DelegatingConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;

/**
 * The axis's consumers take their messages one at a time from the broker (Artemis {@code consumerWindowSize=0})
 * instead of each buffering up to 1 MiB of them: the broker hands messages to the consumers of a queue in turn,
 * so a delivery buffered behind a slow push waited for it while the other consumers stood idle (Artemis's
 * "slow consumers" case; ADR 042). A window set on the broker URL ({@code ?consumerWindowSize=}) is kept. It
 * reaches the Artemis factory as Boot exposes it (behind Spring's caching factory, or bare with
 * {@code spring.jms.cache.enabled=false}) and behind Spring's other wrapping factories.
 */
public final class ConsumerWindow implements BeanPostProcessor {
    static final int NO_BUFFER = 0;
    private static final int MAX_WRAPPERS = 8;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (artemisBehind(bean) instanceof ActiveMQConnectionFactory artemis
                && artemis.getConsumerWindowSize() == ActiveMQClient.DEFAULT_CONSUMER_WINDOW_SIZE) {
            artemis.setConsumerWindowSize(NO_BUFFER);
        }
        return bean;
    }

    private static Object artemisBehind(Object bean) {
        Object factory = bean;
        for (int i = 0; i < MAX_WRAPPERS; i++) {
            ConnectionFactory target = null;
            if (factory instanceof SingleConnectionFactory single) {
                target = single.getTargetConnectionFactory();
            } else if (factory instanceof DelegatingConnectionFactory delegating) {
                target = delegating.getTargetConnectionFactory();
            }
            if (target == null) {
                return factory;
            }
            factory = target;
        }
        return factory;
    }
}
