package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.DelegatingConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;

/**
 * The broker's default window is replaced by none, whatever Spring wraps the factory in; a window set on the URL
 * is kept (ADR 042).
 */
class ConsumerWindowTest {
    private static final String BROKER = "tcp://127.0.0.1:61616";

    @Test
    void givenTheDefaultWindow_thenConsumersBufferNothing() {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(BROKER);
        new ConsumerWindow().postProcessAfterInitialization(new CachingConnectionFactory(artemis), "jms");
        assertThat(artemis.getConsumerWindowSize()).isEqualTo(ConsumerWindow.NO_BUFFER);
    }

    @Test
    void givenTheBareFactoryWithCachingOff_thenConsumersBufferNothing() {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(BROKER);
        new ConsumerWindow().postProcessAfterInitialization(artemis, "jmsConnectionFactory");
        assertThat(artemis.getConsumerWindowSize()).isEqualTo(ConsumerWindow.NO_BUFFER);
    }

    @Test
    void givenTheFactoryBehindSeveralWrappers_thenConsumersBufferNothing() {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(BROKER);
        DelegatingConnectionFactory delegating = new DelegatingConnectionFactory();
        delegating.setTargetConnectionFactory(new SingleConnectionFactory(artemis));
        new ConsumerWindow().postProcessAfterInitialization(delegating, "jms");
        assertThat(artemis.getConsumerWindowSize()).isEqualTo(ConsumerWindow.NO_BUFFER);
    }

    @Test
    void givenAWindowOnTheBrokerUrl_thenItIsKept() {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(BROKER + "?consumerWindowSize=4096");
        new ConsumerWindow().postProcessAfterInitialization(new CachingConnectionFactory(artemis), "jms");
        assertThat(artemis.getConsumerWindowSize()).isEqualTo(4096);
    }

    @Test
    void givenAnotherBean_thenItIsReturnedUntouched() {
        Object other = new Object();
        assertThat(new ConsumerWindow().postProcessAfterInitialization(other, "other")).isSameAs(other);
    }
}
