package vn.lienthong.axis.federation.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.directory.RoutingDirectory;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpClient;

/**
 * Đồng bộ danh bạ: stores the national axis's units ({@code getSynchronizeUnit}, or
 * {@code getAgenciesList} where that is not offered: id, pid, code, name, oldCode, deleted) as
 * remote agencies (mode upstream, not local) with their parents, suspends deleted ones, rewrites
 * only rows that changed, and records an old code as an alias of the new one. Local agencies and agencies an operator routed to a peer are never overwritten.
 */
@Service
public class DirectorySync {
    /** What one sync did. */
    public record Result(int stored, int skippedLocal, int aliases) {}

    private final RemoteAxes remotes;
    private final AgencyRepository agencies;
    private final RoutingDirectory routing;

    public DirectorySync(RemoteAxes remotes, AgencyRepository agencies, RoutingDirectory routing) {
        this.remotes = remotes;
        this.agencies = agencies;
        this.routing = routing;
    }

    public Result sync() {
        Optional<VxpClient> client = remotes.client(RouteRule.UPSTREAM);
        if (client.isEmpty()) {
            return new Result(0, 0, 0);
        }
        JsonNode data;
        try {
            data = client.get().synchronizeUnits();
        } catch (AxisException notOffered) {
            data = client.get().agencies();
        }
        if (data == null || !data.isArray()) {
            return new Result(0, 0, 0);
        }
        Map<String, String> codeById = new HashMap<>();
        data.forEach(n -> codeById.put(n.path("id").asText(), code(n.path("code").asText(""))));
        int stored = 0;
        int skipped = 0;
        int aliases = 0;
        for (JsonNode n : data) {
            String code = code(n.path("code").asText(""));
            if (code.isEmpty()) {
                continue;
            }
            Optional<Agency> existing = agencies.find(code);
            if (existing.isPresent() && (existing.get().local() || existing.get().mode() == DeliveryMode.PEER)) {
                skipped++;
                continue;
            }
            String parent = codeById.get(n.path("pid").asText(null));
            String name = n.path("name").asText(code);
            boolean deleted = n.path("deleted").asBoolean(false);
            Agency remote = new Agency(code, name.isBlank() ? code : name, parent == null || parent.isEmpty() ? null
                    : parent, false, DeliveryMode.UPSTREAM, null,
                    existing.map(Agency::signaturePolicy).orElse(SignaturePolicy.REQUIRED), !deleted);
            if (existing.isEmpty() && deleted || existing.filter(remote::equals).isPresent()) {
                continue;
            }
            agencies.upsert(remote, "sync");
            stored++;
            String old = code(n.path("oldCode").asText(""));
            if (!old.isEmpty() && !old.equals(code) && agencies.find(old).filter(Agency::local).isEmpty()) {
                routing.putAlias(new RoutingDirectory.Alias(old, code, "national directory: oldCode of " + code));
                aliases++;
            }
        }
        return new Result(stored, skipped, aliases);
    }

    private static String code(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
