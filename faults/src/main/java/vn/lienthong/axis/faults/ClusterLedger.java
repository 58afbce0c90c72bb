package vn.lienthong.axis.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.lienthong.axis.support.Postgres;

/**
 * Reads the cluster's database from outside (a fresh connection per question: PostgreSQL restarts during the
 * campaign). Only counts; the campaign's verdict comes from what recipients received.
 */
final class ClusterLedger {
    /** States a copy may rest in once the campaign is over: in the inbox, pushed, upstream, or answered. */
    static final Set<String> FINAL = Set.of("AVAILABLE", "DELIVERED", "ACKED", "FAILED");
    private final String jdbcUrl;

    ClusterLedger(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** "recipient state" → copies. */
    Map<String, Integer> copiesByRecipientAndState() throws SQLException {
        Map<String, Integer> m = new TreeMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select recipient_code, state, count(*) from delivery group by recipient_code, state");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
            }
        }
        return m;
    }

    int notInFinalState() throws SQLException {
        return copiesByRecipientAndState().entrySet().stream()
                .filter(e -> !FINAL.contains(e.getKey().substring(e.getKey().indexOf(' ') + 1)))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Copies to {@code recipient} that reached DELIVERED after {@code millis}; 0 while the database is away. */
    int deliveredSince(String recipient, long millis) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select count(*) from delivery"
                + " where recipient_code = ? and state = 'DELIVERED' and updated_at > ?")) {
            s.setString(1, recipient);
            s.setTimestamp(2, new Timestamp(millis));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
    }
}
