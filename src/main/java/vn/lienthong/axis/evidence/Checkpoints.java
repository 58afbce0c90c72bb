package vn.lienthong.axis.evidence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.chain.ChainReport;
import vn.lienthong.axis.ledger.chain.ChainVerifier;
import vn.lienthong.axis.ledger.chain.CheckpointDocument;

/** Signs checkpoints of the chain heads and verifies the chain (admin API and timer route). */
public class Checkpoints {
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final AxisKey key;
    private final String node;
    private final Path scratch;
    private final CheckpointStamps stamps;

    public Checkpoints(JdbcTemplate jdbc, DataSource dataSource, AxisKey key, String node, Path scratch,
                       CheckpointStamps stamps) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.key = key;
        this.node = node;
        this.scratch = scratch;
        this.stamps = stamps;
    }

    /**
     * Signs the current head of every lane, unless nothing moved since the last checkpoint, then
     * has the new checkpoint and any earlier unstamped ones time-stamped when a TSA is configured
     * (a TSA failure leaves them unstamped for the next call; it never fails this one).
     * Returns the new checkpoint id, or -1 if none was needed (or no key is configured).
     */
    public long create() {
        if (key.optional().isEmpty()) {
            return -1;
        }
        long id = sign();
        stamps.stampPending();
        return id;
    }

    /** Heads are read without locks: each head row is consistent, and lanes are independent chains. */
    private long sign() {
        List<CheckpointDocument.Head> heads = jdbc.query("select lane, seq, head_hash from ledger_chain_head order by lane",
                (rs, n) -> new CheckpointDocument.Head(rs.getInt(1), rs.getLong(2), rs.getString(3)));
        String headsText = heads.stream().map(h -> h.lane() + ":" + h.seq() + ":" + h.hash())
                .collect(Collectors.joining(";"));
        List<String> last = jdbc.queryForList("select heads from ledger_checkpoint order by id desc fetch first 1 rows only",
                String.class);
        if (!last.isEmpty() && last.get(0).equals(headsText)) {
            return -1;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String signed = key.required().sign(CheckpointDocument.unsigned(now.toString(), node, heads));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into ledger_checkpoint (created_at, heads, signed_xml) values (?, ?, ?)",
                    new String[] {"id"});
            ps.setObject(1, now);
            ps.setString(2, headsText);
            ps.setString(3, signed);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A stored checkpoint: its signed document and its RFC 3161 token (DER) if it has one. */
    public record Stored(long id, String signedXml, byte[] token) {}

    /**
     * The first checkpoint whose heads reach every given ledger entry (lane → seq), among those signed
     * after the newest of those entries' events (less five minutes for clocks of other nodes); a
     * time-stamped one is preferred among the first 100. Empty when none covers them yet.
     */
    public Optional<Stored> covering(Map<Integer, Long> entries) {
        OffsetDateTime notBefore = null;
        for (var e : entries.entrySet()) {
            List<OffsetDateTime> at = jdbc.query("select e.at from ledger_chain c join event e on e.id = c.event_id"
                    + " where c.lane = ? and c.seq = ?", (rs, n) -> rs.getObject(1, OffsetDateTime.class), e.getKey(),
                    e.getValue());
            if (!at.isEmpty() && (notBefore == null || at.get(0).isAfter(notBefore))) {
                notBefore = at.get(0);
            }
        }
        if (notBefore == null) {
            return Optional.empty();
        }
        List<Stored> found = jdbc.query("select id, heads, signed_xml, tsa_token from ledger_checkpoint where"
                + " created_at >= ? order by id fetch first 100 rows only", (rs, n) -> covers(rs.getString(2), entries)
                ? new Stored(rs.getLong(1), rs.getString(3), rs.getString(4) == null ? null
                : Base64.getDecoder().decode(rs.getString(4))) : null, notBefore.minusMinutes(5));
        List<Stored> covering = found.stream().filter(Objects::nonNull).toList();
        return covering.stream().filter(c -> c.token() != null).findFirst().or(() -> covering.stream().findFirst());
    }

    private static boolean covers(String heads, Map<Integer, Long> entries) {
        Map<Integer, Long> reached = new HashMap<>();
        for (String h : heads.split(";")) {
            String[] f = h.split(":");
            if (f.length == 3) {
                reached.put(Integer.parseInt(f[0]), Long.parseLong(f[1]));
            }
        }
        return entries.entrySet().stream().allMatch(e -> reached.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    /** Verifies the whole chain and every checkpoint (signed by this axis's certificate, time-stamp checked). */
    public ChainReport verify() {
        var cert = key.optional().map(EvidenceSigner::certificate).orElse(null);
        ChainVerifier verifier = CheckpointChecks.verifier(cert, stamps.anchors(), scratch);
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return verifier.verify(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "cannot read the ledger: " + e.getMessage(),
                    null, e);
        }
    }
}
