package vn.lienthong.axis.federation.upstream;

import java.util.Map;
import java.util.Optional;
import vn.lienthong.axis.federation.vxp.VxpClient;

/**
 * The other axes this axis sends to, by route target: {@code upstream} (the national axis) and
 * {@code peer:<name>}. A target without a client is not configured (or the upstream is disabled).
 */
public final class RemoteAxes {
    private final Map<String, VxpClient> clients;

    public RemoteAxes(Map<String, VxpClient> clients) {
        this.clients = Map.copyOf(clients);
    }

    public boolean isEmpty() {
        return clients.isEmpty();
    }

    public Optional<VxpClient> client(String target) {
        return Optional.ofNullable(clients.get(target));
    }
}
