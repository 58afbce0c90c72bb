package vn.lienthong.axis.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The operator's per-client limits (table {@code client_rate_limit}). Lookups are cached for
 * {@link #TTL} so that the limiter does not query the database on every request; a change made on
 * this node applies at once, one made on another node within the TTL.
 */
@Repository
public class ClientLimitOverrides {
    static final Duration TTL = Duration.ofSeconds(5);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ClientLimitOverrides(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One stored override. */
    public record Override(String clientKey, ClientLimit limit, String updatedBy) {}

    private record Cached(Optional<ClientLimit> limit, Instant until) {}

    /** The override of one client, if any. */
    public Optional<ClientLimit> find(String clientKey) {
        Instant now = clock.instant();
        Cached c = cache.get(clientKey);
        if (c == null || now.isAfter(c.until())) {
            c = new Cached(load(clientKey), now.plus(TTL));
            cache.put(clientKey, c);
        }
        return c.limit();
    }

    public List<Override> list() {
        return jdbc.sql("select client_key, requests_per_second, burst, max_in_flight_bytes, updated_by"
                        + " from client_rate_limit order by client_key")
                .query((rs, i) -> new Override(rs.getString(1),
                        new ClientLimit(rs.getDouble(2), rs.getLong(3), rs.getLong(4)), rs.getString(5)))
                .list();
    }

    public void put(String clientKey, ClientLimit limit, String actor) {
        int updated = jdbc.sql("update client_rate_limit set requests_per_second = ?, burst = ?,"
                        + " max_in_flight_bytes = ?, updated_by = ?, updated_at = current_timestamp where client_key = ?")
                .params(limit.requestsPerSecond(), limit.burst(), limit.maxInFlightBytes(), actor, clientKey).update();
        if (updated == 0) {
            jdbc.sql("insert into client_rate_limit (client_key, requests_per_second, burst, max_in_flight_bytes,"
                            + " updated_by) values (?, ?, ?, ?, ?)")
                    .params(clientKey, limit.requestsPerSecond(), limit.burst(), limit.maxInFlightBytes(), actor)
                    .update();
        }
        cache.remove(clientKey);
    }

    public boolean remove(String clientKey) {
        boolean removed = jdbc.sql("delete from client_rate_limit where client_key = ?").param(clientKey).update() > 0;
        cache.remove(clientKey);
        return removed;
    }

    private Optional<ClientLimit> load(String clientKey) {
        return jdbc.sql("select requests_per_second, burst, max_in_flight_bytes from client_rate_limit"
                        + " where client_key = ?").param(clientKey)
                .query((rs, i) -> new ClientLimit(rs.getDouble(1), rs.getLong(2), rs.getLong(3))).optional();
    }
}
