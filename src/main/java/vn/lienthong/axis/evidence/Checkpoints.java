package vn.lienthong.axis.evidence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
