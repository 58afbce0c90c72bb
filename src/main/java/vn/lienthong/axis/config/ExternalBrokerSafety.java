package vn.lienthong.axis.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The rules of {@link BrokerSafety} applied to what a standalone broker reports over management for the
 * addresses the axis uses, plus one that only matters there: dead letters must reach the address the axis
 * consumes, or they pile up unseen.
 */
final class ExternalBrokerSafety {
    private ExternalBrokerSafety() {}

    /** What the broker reported: persistence and the settings in force for each address the axis uses. */
    record Reported(boolean persistenceEnabled, Map<String, AddressSettings> settingsByAddress) {}

    /** The addresses the axis sends to or consumes from. */
    static List<String> addresses(AxisProperties props) {
        return List.of(props.queues().delivery(), props.broker().deadLetterAddress(), props.broker().expiryAddress());
    }

    static List<String> problems(Reported broker, AxisProperties props) {
        List<String> p = new ArrayList<>(BrokerSafety.persistenceProblems(broker.persistenceEnabled()));
        String delivery = props.queues().delivery();
        String deadLetter = props.broker().deadLetterAddress();
        for (Map.Entry<String, AddressSettings> e : broker.settingsByAddress().entrySet()) {
            if (!e.getKey().equals(deadLetter)) {
                p.addAll(BrokerSafety.addressProblems(e.getKey(), e.getValue()));
            }
            p.addAll(BrokerSafety.dropProblems(e.getKey(), e.getValue()));
        }
        AddressSettings d = broker.settingsByAddress().get(delivery);
        if (d != null && d.getDeadLetterAddress() != null && !d.getDeadLetterAddress().isEmpty()
                && !d.getDeadLetterAddress().toString().equals(deadLetter)) {
            p.add("dead letters of " + delivery + " go to '" + d.getDeadLetterAddress() + "' but the axis consumes '"
                    + deadLetter + "' (axis.broker.dead-letter-address): they would never be marked DEAD");
        }
        return p;
    }
}
