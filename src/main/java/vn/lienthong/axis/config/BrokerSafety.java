package vn.lienthong.axis.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.PageFullMessagePolicy;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Refuses a broker configuration that could lose or silently drop axis messages: the embedded broker's
 * final configuration, and (through {@link ExternalBrokerSafetyCheck}) the settings a standalone broker
 * reports over management. Both use the same rules.
 */
public final class BrokerSafety {
    private BrokerSafety() {}

    public static void requireSafe(Configuration config) {
        requireNone("unsafe broker settings", problems(config));
    }

    static void requireNone(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    what + ":\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(Configuration config) {
        List<String> p = new ArrayList<>(persistenceProblems(config.isPersistenceEnabled()));
        AddressSettings axis = config.getAddressSettings().get(BrokerConfiguration.AXIS_ADDRESSES);
        if (axis == null) {
            p.add("no dead-letter address for " + BrokerConfiguration.AXIS_ADDRESSES);
        } else {
            p.addAll(addressProblems(BrokerConfiguration.AXIS_ADDRESSES, axis));
        }
        for (Map.Entry<String, AddressSettings> e : config.getAddressSettings().entrySet()) {
            p.addAll(dropProblems(e.getKey(), e.getValue()));
        }
        return p;
    }

    static List<String> persistenceProblems(boolean persistenceEnabled) {
        return persistenceEnabled ? List.of() : List.of("persistence is disabled: the broker must keep messages on disk");
    }

    /** Dead-letter and expiry rules for the settings that apply to one axis address (or address match). */
    static List<String> addressProblems(String where, AddressSettings s) {
        List<String> p = new ArrayList<>();
        if (s.getDeadLetterAddress() == null || s.getDeadLetterAddress().isEmpty()) {
            p.add("no dead-letter address for " + where);
        }
        if (s.getExpiryDelay() != null && s.getExpiryDelay() >= 0
                && (s.getExpiryAddress() == null || s.getExpiryAddress().isEmpty())) {
            p.add("messages expire but no expiry address is set for " + where);
        }
        return p;
    }

    /** DROP when the address is full, or when its paging limit is reached, discards accepted messages silently. */
    static List<String> dropProblems(String where, AddressSettings s) {
        List<String> p = new ArrayList<>();
        if (s.getAddressFullMessagePolicy() == AddressFullMessagePolicy.DROP) {
            p.add("address-full-policy DROP on '" + where + "' would discard accepted messages");
        }
        if (s.getPageFullMessagePolicy() == PageFullMessagePolicy.DROP) {
            p.add("page-full-policy DROP on '" + where + "' would discard accepted messages once paging is full");
        }
        return p;
    }
}
