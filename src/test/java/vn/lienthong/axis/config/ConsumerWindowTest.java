package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;

/** The broker's default window is replaced by none; a window set on the URL is kept (ADR 042). */
class ConsumerWindowTest {
    @Test
    void givenTheDefaultWindow_thenConsumersBufferNothing() {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory("tcp://127.0.0.1:61616");
        new ConsumerWindow().postProcessAfterInitialization(new CachingConnectionFactory(artemis), "jms");
        assertThat(artemis.getConsumerWindowSize()).isEqualTo(ConsumerWindow.NO_BUFFER);
    }

    @Test
    void givenAWindowOnTheBrokerUrl_thenItIsKept() {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory("tcp://127.0.0.1:61616?consumerWindowSize=4096");
        new ConsumerWindow().postProcessAfterInitialization(new CachingConnectionFactory(artemis), "jms");
        assertThat(artemis.getConsumerWindowSize()).isEqualTo(4096);
    }
}
