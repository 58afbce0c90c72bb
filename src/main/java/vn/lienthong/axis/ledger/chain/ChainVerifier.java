package vn.lienthong.axis.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.chain.ChainReport.Problem;

/**
 * Walks every lane of the chain over plain JDBC (read-only: the command line runs it against the
 * database directly; pass a connection with auto-commit off so PostgreSQL streams the rows) and recomputes each entry from the rows it covers. A changed row breaks its
 * entry hash, a removed row or link leaves a hole, an event without a link was inserted, and a
 * chain rewritten to hide any of these no longer matches the signed checkpoints.
 */
public final class ChainVerifier {
    /** Checks a checkpoint's signature; returns the signer (subject, SHA-256) or throws AxisException. */
    @FunctionalInterface
    public interface SignatureCheck {
        String[] signer(String signedXml);
    }

    /** Checks a checkpoint's RFC 3161 token over the signed checkpoint's bytes; throws AxisException if it fails. */
    @FunctionalInterface
    public interface TimeStampCheck {
        ChainReport.TimeStamp check(byte[] token, byte[] stamped);
    }

    private static final int MAX_PROBLEMS = 1000;
    private final SignatureCheck signatures;
    private final TimeStampCheck timeStamps;

    public ChainVerifier(SignatureCheck signatures, TimeStampCheck timeStamps) {
        this.signatures = signatures;
        this.timeStamps = timeStamps;
    }

    /** What {@link #checkpoints} found: the newest valid checkpoint and how many carry no time-stamp. */
    private record Checkpoints(ChainReport.Checkpoint last, long unstamped) {}

    public ChainReport verify(Connection c) {
        try {
            List<Problem> problems = new ArrayList<>();
            Map<String, String> expected = new HashMap<>();
            Checkpoints found = checkpoints(c, expected, problems);
            ChainReport.Checkpoint last = found.last();
            Map<Integer, long[]> heads = new HashMap<>();
            Map<Integer, String> headHashes = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select lane, seq, head_hash from ledger_chain_head order by lane")) {
                while (rs.next()) {
                    heads.put(rs.getInt(1), new long[] {rs.getLong(2)});
                    headHashes.put(rs.getInt(1), rs.getString(3));
                }
            }
            long entries = 0;
            for (var h : heads.entrySet()) {
                entries += walk(c, h.getKey(), h.getValue()[0], headHashes.get(h.getKey()), expected, problems);
            }
            expected.keySet().forEach(k -> problems.add(new Problem("removed", null, lane(k), seq(k),
                    "a signed checkpoint covers entry " + k + ", which is no longer in the chain")));
            unlinked(c, problems);
            problems.sort(Comparator.comparing((Problem p) -> p.eventId() == null ? Long.MAX_VALUE : p.eventId())
                    .thenComparing(p -> p.lane() == null ? 0 : p.lane()).thenComparing(p -> p.seq() == null ? 0 : p.seq()));
            long covered = last == null ? 0 : last.entries();
            List<Problem> out = problems.stream().limit(MAX_PROBLEMS).toList();
            boolean intact = out.isEmpty();
            String summary = intact ? (last == null ? "chain intact (" + entries + " entries); no signed checkpoint yet"
                    : "chain intact up to checkpoint " + last.id() + " of " + last.createdAt() + " (" + covered
                    + " entries signed" + stampText(last.timeStamp()) + "), " + (entries - covered) + " entries after it")
                    : out.size() + " problem(s); first: " + out.get(0).kind() + " — " + out.get(0).detail();
            return new ChainReport(intact, summary, entries, heads.size(), last, Math.max(0, entries - covered),
                    found.unstamped(), intact ? null : out.get(0), out, Instant.now().toString());
        } catch (SQLException e) {
            throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE, "cannot read the ledger: " + e.getMessage(),
                    null, e);
        }
    }

    /** Verifies every checkpoint; fills {@code expected} (lane:seq → hash) and returns the newest valid one. */
    private Checkpoints checkpoints(Connection c, Map<String, String> expected, List<Problem> problems)
            throws SQLException {
        ChainReport.Checkpoint last = null;
        long unstamped = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, signed_xml, tsa_token from ledger_checkpoint order by id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String xml = rs.getString(2);
                String token = rs.getString(3);
                String[] signer;
                CheckpointDocument.Parsed cp;
                try {
                    signer = signatures.signer(xml);
                    cp = CheckpointDocument.parse(xml);
                } catch (AxisException e) {
                    problems.add(new Problem("checkpoint-signature", null, null, null,
                            "checkpoint " + id + " does not verify: " + e.getMessage()));
                    continue;
                }
                for (CheckpointDocument.Head h : cp.heads()) {
                    if (h.seq() > 0) {
                        expected.put(h.lane() + ":" + h.seq(), h.hash());
                    }
                }
                ChainReport.TimeStamp stamp = token == null ? null : timeStamp(id, token, xml, problems);
                unstamped += token == null ? 1 : 0;
                last = new ChainReport.Checkpoint(id, cp.createdAt(), cp.node(), signer[0], signer[1], cp.entries(),
                        stamp);
            }
        }
        return new Checkpoints(last, unstamped);
    }

    private ChainReport.TimeStamp timeStamp(long id, String token, String xml, List<Problem> problems) {
        try {
            return timeStamps.check(java.util.Base64.getDecoder().decode(token), xml.getBytes(StandardCharsets.UTF_8));
        } catch (AxisException | IllegalArgumentException e) {
            problems.add(new Problem("checkpoint-timestamp", null, null, null, "the time-stamp of checkpoint " + id
                    + " does not verify: " + e.getMessage()));
            return null;
        }
    }

    private static String stampText(ChainReport.TimeStamp t) {
        return t == null ? ", not time-stamped" : ", time-stamped " + t.time() + " by " + t.authority()
                + (t.trusted() ? "" : " (TSA not checked against a trust anchor)");
    }

    private long walk(Connection c, int lane, long headSeq, String headHash, Map<String, String> expected,
                      List<Problem> problems) throws SQLException {
        String sql = "select c.seq, c.event_id, c.entry_hash, " + ChainContent.COLUMNS
                + " from ledger_chain c left join event e on e.id = c.event_id" + ChainContent.JOINS
                + " where c.lane = ? and c.seq <= ? order by c.seq";
        String stored = ChainContent.GENESIS;
        String recomputed = ChainContent.GENESIS;
        long seq = 0;
        long walked = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, lane);
            ps.setLong(2, headSeq);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long at = rs.getLong(1);
                    long eventId = rs.getLong(2);
                    String hash = rs.getString(3);
                    if (at != seq + 1) {
                        problems.add(new Problem("removed", null, lane, seq + 1, "lane " + lane + " entries " + (seq + 1)
                                + ".." + (at - 1) + " are missing"));
                    }
                    seq = at;
                    walked++;
                    if (rs.getObject(4) == null) {
                        problems.add(new Problem("removed", eventId, lane, at, "event " + eventId + " (lane " + lane
                                + " entry " + at + ") was deleted"));
                        stored = hash;
                        recomputed = hash;
                        continue;
                    }
                    String content = ChainContent.contentHash(rs, 4);
                    if (!ChainContent.entryHash(stored, lane, at, content).equals(hash)) {
                        problems.add(new Problem("changed", eventId, lane, at, "event " + eventId + " (lane " + lane
                                + " entry " + at + ") no longer matches its chain entry: a row it covers was changed"));
                    }
                    recomputed = ChainContent.entryHash(recomputed, lane, at, content);
                    stored = hash;
                    String signed = expected.remove(lane + ":" + at);
                    if (signed != null && !signed.equals(recomputed)) {
                        problems.add(new Problem("checkpoint-mismatch", eventId, lane, at, "lane " + lane + " up to"
                                + " entry " + at + " no longer matches the signed checkpoint: an earlier entry was"
                                + " changed and the chain rewritten"));
                        recomputed = signed;
                    }
                }
            }
        }
        if (seq < headSeq) {
            problems.add(new Problem("removed", null, lane, seq + 1, "lane " + lane + " entries " + (seq + 1) + ".."
                    + headSeq + " are missing (the head is at " + headSeq + ")"));
        } else if (seq == headSeq && !stored.equals(headHash)) {
            problems.add(new Problem("changed", null, lane, seq, "the head of lane " + lane + " does not match its"
                    + " last entry"));
        }
        return walked;
    }

    private static void unlinked(Connection c, List<Problem> problems) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select c.lane, c.seq, c.event_id from"
                + " ledger_chain c join ledger_chain_head h on h.lane = c.lane where c.seq > h.seq")) {
            while (rs.next()) {
                problems.add(new Problem("inserted", rs.getLong(3), rs.getInt(1), rs.getLong(2), "lane " + rs.getInt(1)
                        + " entry " + rs.getLong(2) + " (event " + rs.getLong(3) + ") lies beyond the chain head"));
            }
        }
        String sql = "select e.id from event e where not exists (select 1 from ledger_chain l where l.event_id = e.id)"
                + " and not exists (select 1 from ledger_chain_genesis g where g.adopted_at is null"
                + " and e.id <= g.adopt_up_to) order by e.id fetch first " + MAX_PROBLEMS + " rows only";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                problems.add(new Problem("inserted", id, null, null, "event " + id
                        + " is in no chain entry: it was inserted outside the axis"));
            }
        }
    }

    private static int lane(String key) { return Integer.parseInt(key.substring(0, key.indexOf(':'))); }

    private static long seq(String key) { return Long.parseLong(key.substring(key.indexOf(':') + 1)); }
}
