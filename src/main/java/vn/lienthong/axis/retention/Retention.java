package vn.lienthong.axis.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.LedgerRepository;

/**
 * The retention job: moves package bytes past their kind's retention to the archive, and deletes archived
 * bytes past their archive period unless a legal hold is set. A blob shared by several packages moves or
 * goes only when every one of them is due. The file step comes first and is idempotent; the state row and
 * the ledger event commit together, so a crash between them is repaired by the next run.
 */
public class Retention {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    public static final String ARCHIVED = "ARCHIVED";
    public static final String DELETED = "DELETED";

    /** What one run did: packages archived, deleted, and due for deletion but kept by a legal hold. */
    public record Run(int archived, int deleted, int held) {}

    private record Candidate(String axisId, String kind, String blobKey, OffsetDateTime since) {}

    private final JdbcClient jdbc;
    private final LedgerRepository repo;
    private final BlobStore blobs;
    private final TransactionTemplate tx;
    private final RetentionProperties props;
    private final Clock clock;

    public Retention(JdbcClient jdbc, LedgerRepository repo, BlobStore blobs, TransactionTemplate tx,
                     RetentionProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.blobs = blobs;
        this.tx = tx;
        this.props = props;
        this.clock = clock;
    }

    public Run run() {
        Instant now = clock.instant();
        int archived = 0;
        int deleted = 0;
        for (var e : props.archiveAfter().entrySet()) {
            for (Candidate c : due("select p.axis_id, p.kind, p.blob_key, p.received_at from package p left join"
                    + " package_retention r on r.axis_id = p.axis_id where r.axis_id is null", e, now)) {
                archived += archive(c, now);
            }
        }
        for (var e : props.deleteAfter().entrySet()) {
            for (Candidate c : due("select p.axis_id, p.kind, p.blob_key, r.archived_at from package p join"
                    + " package_retention r on r.axis_id = p.axis_id where r.state = 'ARCHIVED' and not exists"
                    + " (select 1 from legal_hold h where h.axis_id = p.axis_id)", e, now)) {
                deleted += delete(c, now);
            }
        }
        int held = held(now);
        if (archived + deleted + held > 0) {
            log.info("Retention: {} package(s) archived, {} deleted, {} kept by a legal hold", archived, deleted, held);
        }
        return new Run(archived, deleted, held);
    }

    private List<Candidate> due(String select, Map.Entry<String, Duration> period, Instant now) {
        String time = select.contains("archived_at") ? "r.archived_at" : "p.received_at";
        return jdbc.sql(select + " and p.kind = ? and " + time + " < ? order by " + time + " limit " + props.batch())
                .params(period.getKey(), utc(now.minus(period.getValue())))
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
    }

    private int archive(Candidate c, Instant now) {
        List<Candidate> sharing = sharing(c.blobKey(), "p.received_at", "r.axis_id is null");
        if (!sharing.stream().allMatch(s -> isDue(props.archiveAfter(), s, now))) {
            return 0;
        }
        blobs.archive(c.blobKey());
        tx.executeWithoutResult(s -> sharing.forEach(p -> {
            jdbc.sql("insert into package_retention (axis_id, state, archived_at) values (?, ?, ?)")
                    .params(p.axisId(), ARCHIVED, utc(now)).update();
            repo.insertEvent(p.axisId(), null, "archived", null, "package bytes moved to the archive store after the"
                    + " retention of " + p.kind() + " packages (" + props.archiveAfter().get(p.kind()) + ")");
        }));
        return sharing.size();
    }

    private int delete(Candidate c, Instant now) {
        List<Candidate> sharing = sharing(c.blobKey(), "r.archived_at", "r.state = 'ARCHIVED'");
        boolean held = jdbc.sql("select count(*) from legal_hold h join package p on p.axis_id = h.axis_id"
                + " where p.blob_key = ?").param(c.blobKey()).query(Long.class).single() > 0;
        if (held || !sharing.stream().allMatch(s -> isDue(props.deleteAfter(), s, now))) {
            return 0;
        }
        blobs.deleteArchived(c.blobKey(), now.toString());
        tx.executeWithoutResult(s -> sharing.forEach(p -> {
            jdbc.sql("update package_retention set state = ?, deleted_at = ? where axis_id = ?")
                    .params(DELETED, utc(now), p.axisId()).update();
            repo.insertEvent(p.axisId(), null, "deleted", null, "package bytes deleted from the archive after the"
                    + " archive period of " + p.kind() + " packages (" + props.deleteAfter().get(p.kind())
                    + "); receipts, ledger and trace remain");
        }));
        return sharing.size();
    }

    /** The packages of one blob in the given retention state, with the time their period runs from. */
    private List<Candidate> sharing(String blobKey, String since, String state) {
        return jdbc.sql("select p.axis_id, p.kind, p.blob_key, " + since + " from package p left join package_retention r"
                        + " on r.axis_id = p.axis_id where p.blob_key = ? and " + state).param(blobKey)
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
    }

    private static boolean isDue(Map<String, Duration> periods, Candidate c, Instant now) {
        Duration period = periods.get(c.kind());
        return period != null && c.since() != null && c.since().toInstant().plus(period).isBefore(now);
    }

    private int held(Instant now) {
        int held = 0;
        for (var e : props.deleteAfter().entrySet()) {
            held += jdbc.sql("select count(*) from package p join package_retention r on r.axis_id = p.axis_id"
                    + " join legal_hold h on h.axis_id = p.axis_id where r.state = 'ARCHIVED' and p.kind = ?"
                    + " and r.archived_at < ?").params(e.getKey(), utc(now.minus(e.getValue())))
                    .query(Long.class).single().intValue();
        }
        return held;
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
