package vn.lienthong.axis.support;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * A real Artemis broker on a free TCP port (core protocol, no security), with the axis's address settings on
 * {@code axis.#}; {@code url()} lists it and a second, silent address with failover, as the cluster's URL does.
 */
public final class TcpBroker implements AutoCloseable {
    private final EmbeddedActiveMQ broker;
    private final int port;

    private TcpBroker(EmbeddedActiveMQ broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /** {@code axis} tweaks the axis.# settings before the start. */
    public static TcpBroker start(String name, boolean persistent, Consumer<AddressSettings> axis) throws Exception {
        Path dir = TestDirs.fresh(name);
        int port = FreePorts.next();
        AddressSettings settings = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("axis.dead-letter"))
                .setExpiryAddress(SimpleString.of("axis.expiry"))
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE);
        axis.accept(settings);
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(persistent);
        config.setSecurityEnabled(false);
        config.setJournalDirectory(dir.resolve("journal").toString());
        config.setBindingsDirectory(dir.resolve("bindings").toString());
        config.setPagingDirectory(dir.resolve("paging").toString());
        config.setLargeMessagesDirectory(dir.resolve("large").toString());
        config.addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        config.addAddressSetting("axis.#", settings);
        return new TcpBroker(new EmbeddedActiveMQ().setConfiguration(config).start(), port);
    }

    public String url() {
        return "(tcp://127.0.0.1:" + port + ",tcp://127.0.0.1:" + FreePorts.next() + ")?ha=true&reconnectAttempts=-1";
    }

    public String directUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Connections the broker has accepted since it (last) started, closed ones included. */
    public long connectionsAccepted() {
        return broker.getActiveMQServer().getTotalConnectionCount();
    }

    /** Connections open now. */
    public int connectionCount() {
        return broker.getActiveMQServer().getConnectionCount();
    }

    /** Starts the stopped broker again on the same port and journal (persistent messages are back). */
    public void restart() throws Exception {
        broker.start();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
