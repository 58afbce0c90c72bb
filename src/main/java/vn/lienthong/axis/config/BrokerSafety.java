package vn.lienthong.axis.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Refuses an embedded broker configuration that could lose or silently drop axis messages. */
public final class BrokerSafety {
    private BrokerSafety() {}

    public static void requireSafe(Configuration config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "unsafe broker settings:\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(Configuration config) {
        List<String> p = new ArrayList<>();
        if (!config.isPersistenceEnabled()) {
            p.add("persistence is disabled: the broker must keep messages on disk");
        }
        AddressSettings axis = config.getAddressSettings().get(BrokerConfiguration.AXIS_ADDRESSES);
        if (axis == null || axis.getDeadLetterAddress() == null || axis.getDeadLetterAddress().isEmpty()) {
            p.add("no dead-letter address for " + BrokerConfiguration.AXIS_ADDRESSES);
        }
        if (axis != null && axis.getExpiryDelay() != null && axis.getExpiryDelay() >= 0 && axis.getExpiryAddress() == null) {
            p.add("messages expire but no expiry address is set for " + BrokerConfiguration.AXIS_ADDRESSES);
        }
        for (Map.Entry<String, AddressSettings> e : config.getAddressSettings().entrySet()) {
            if (e.getValue().getAddressFullMessagePolicy() == AddressFullMessagePolicy.DROP) {
                p.add("address-full-policy DROP on '" + e.getKey() + "' would discard accepted messages");
            }
        }
        return p;
    }
}
