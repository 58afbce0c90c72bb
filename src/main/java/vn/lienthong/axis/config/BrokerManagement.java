package vn.lienthong.axis.config;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;

/**
 * One connection to a standalone broker's core management address ({@code activemq.management}) with the
 * axis's broker credentials; the user needs the {@code manage} permission there. One connect attempt: the
 * caller decides whether and when to try again.
 */
public final class BrokerManagement implements AutoCloseable {
    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private final long timeoutMs;
    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ClientRequestor requestor;

    /** The broker answered, but refused the request (no manage permission, unknown resource). */
    public static final class RefusedException extends ActiveMQException {
        RefusedException(String message) {
            super(message);
        }
    }

    private interface Filler {
        void fill(ClientMessage m) throws Exception;
    }

    public BrokerManagement(ArtemisProperties artemis, long timeoutMs) throws Exception {
        this.timeoutMs = timeoutMs;
        this.locator = ActiveMQClient.createServerLocator(artemis.getBrokerUrl())
                .setReconnectAttempts(0).setInitialConnectAttempts(1).setCallTimeout(timeoutMs);
        try {
            this.factory = locator.createSessionFactory();
            this.session = factory.createSession(artemis.getUser(), artemis.getPassword(), false, true, true, false, 1);
            session.start();
            this.requestor = new ClientRequestor(session, MANAGEMENT_ADDRESS);
        } catch (Exception e) {
            locator.close();
            throw e;
        }
    }

    /** An attribute of a resource ({@code ResourceNames.BROKER}, {@code ResourceNames.QUEUE + name}). */
    public String attribute(String resource, String attribute) throws Exception {
        return request(m -> ManagementHelper.putAttribute(m, resource, attribute));
    }

    /** The result of an operation on a resource. */
    public String invoke(String resource, String operation, Object... parameters) throws Exception {
        return request(m -> ManagementHelper.putOperationInvocation(m, resource, operation, parameters));
    }

    private String request(Filler filler) throws Exception {
        ClientMessage m = session.createMessage(false);
        filler.fill(m);
        ClientMessage reply = requestor.request(m, timeoutMs);
        if (reply == null) {
            throw new ActiveMQException("no management reply within " + timeoutMs + " ms");
        }
        if (!ManagementHelper.hasOperationSucceeded(reply)) {
            throw new RefusedException(String.valueOf(ManagementHelper.getResult(reply)));
        }
        return String.valueOf(ManagementHelper.getResult(reply, String.class));
    }

    @Override
    public void close() throws Exception {
        try (ServerLocator l = locator; ClientSessionFactory f = factory; ClientSession s = session) {
            requestor.close();
        }
    }
}
