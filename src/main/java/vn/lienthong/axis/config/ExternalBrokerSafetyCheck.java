package vn.lienthong.axis.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
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
    private static final String MANAGEMENT_ADDRESS = "activemq.management";
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
        try (ServerLocator locator = locator();
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(artemis.getUser(), artemis.getPassword(),
                     false, true, true, false, 1)) {
            session.start();
            ClientRequestor requestor = new ClientRequestor(session, MANAGEMENT_ADDRESS);
            boolean persistent = Boolean.parseBoolean(String.valueOf(
                    request(requestor, session, m -> ManagementHelper.putAttribute(m, ResourceNames.BROKER,
                            "persistenceEnabled"))));
            Map<String, AddressSettings> settings = new LinkedHashMap<>();
            for (String address : ExternalBrokerSafety.addresses(props)) {
                Object json = request(requestor, session, m -> ManagementHelper.putOperationInvocation(m,
                        ResourceNames.BROKER, "getAddressSettingsAsJSON", address));
                settings.put(address, AddressSettings.fromJSON(String.valueOf(json)));
            }
            return new ExternalBrokerSafety.Reported(persistent, settings);
        } catch (ActiveMQException | AxisException e) {
            throw e;
        } catch (Exception e) {
            throw new ActiveMQException(e.getMessage());
        }
    }

    private ServerLocator locator() throws Exception {
        ServerLocator locator = ActiveMQClient.createServerLocator(artemis.getBrokerUrl());
        // one attempt per call here: the retry loop above decides how long to wait
        return locator.setReconnectAttempts(0).setInitialConnectAttempts(1).setCallTimeout(REQUEST_TIMEOUT_MS);
    }

    private interface Filler {
        void fill(ClientMessage m) throws Exception;
    }

    private static Object request(ClientRequestor requestor, ClientSession session, Filler filler) throws Exception {
        ClientMessage m = session.createMessage(false);
        filler.fill(m);
        ClientMessage reply = requestor.request(m, REQUEST_TIMEOUT_MS);
        if (reply == null) {
            throw new ActiveMQException("no management reply within " + REQUEST_TIMEOUT_MS + " ms");
        }
        if (!ManagementHelper.hasOperationSucceeded(reply)) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "refusing to start: the broker refused a"
                    + " management request (grant the axis user the manage permission): "
                    + ManagementHelper.getResult(reply), "spring.artemis.user");
        }
        return ManagementHelper.getResult(reply, String.class);
    }
}
