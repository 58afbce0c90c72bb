package vn.lienthong.axis.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * With a standalone broker ({@code spring.artemis.mode=native}) reads, over Artemis core management, the
 * address settings in force for the axis addresses and refuses to start when they could drop messages
 * silently ({@link ExternalBrokerSafety}). Runs before the routes start; waits up to
 * {@code axis.broker.external-check-timeout} for a broker to answer. The broker user needs the
 * {@code manage} permission on {@code activemq.management}.
 */
@Component
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "native")
public class ExternalBrokerSafetyCheck implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(ExternalBrokerSafetyCheck.class);
    private static final long REQUEST_TIMEOUT_MS = 5_000;
    private final ArtemisProperties artemis;
    private final AxisProperties props;

    public ExternalBrokerSafetyCheck(ArtemisProperties artemis, AxisProperties props) {
        this.artemis = artemis;
        this.props = props;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        ExternalBrokerSafety.Reported reported = readWithin(props.broker().externalCheckTimeout());
        BrokerSafety.requireNone("unsafe settings on the broker " + artemis.getBrokerUrl(),
                ExternalBrokerSafety.problems(reported, props));
        log.info("Broker {} keeps axis messages safely (persistent, dead-letter {}, no DROP)",
                artemis.getBrokerUrl(), props.broker().deadLetterAddress());
    }

    private ExternalBrokerSafety.Reported readWithin(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                return read();
            } catch (ActiveMQException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "refusing to start: cannot read the"
                            + " address settings of " + artemis.getBrokerUrl() + " within " + timeout + " (is it up,"
                            + " and may user '" + artemis.getUser() + "' manage activemq.management?): " + e.getMessage(),
                            "spring.artemis.broker-url", e);
                }
                log.warn("Broker {} not answering management yet ({}); retrying", artemis.getBrokerUrl(), e.getMessage());
                Thread.sleep(1_000);
            }
        }
    }

    ExternalBrokerSafety.Reported read() throws ActiveMQException {
        try (BrokerManagement management = new BrokerManagement(artemis, REQUEST_TIMEOUT_MS)) {
            boolean persistent = Boolean.parseBoolean(management.attribute(ResourceNames.BROKER, "persistenceEnabled"));
            Map<String, AddressSettings> settings = new LinkedHashMap<>();
            for (String address : ExternalBrokerSafety.addresses(props)) {
                settings.put(address, AddressSettings.fromJSON(
                        management.invoke(ResourceNames.BROKER, "getAddressSettingsAsJSON", address)));
            }
            return new ExternalBrokerSafety.Reported(persistent, settings);
        } catch (BrokerManagement.RefusedException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "refusing to start: the broker refused a"
                    + " management request (grant the axis user the manage permission): " + e.getMessage(),
                    "spring.artemis.user", e);
        } catch (ActiveMQException e) {
            throw e;
        } catch (Exception e) {
            throw new ActiveMQException(e.getMessage());
        }
    }
}
