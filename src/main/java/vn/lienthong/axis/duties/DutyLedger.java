package vn.lienthong.axis.duties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.ledger.BlobStore;

/**
 * Reads the duty facts of local copies from the ledger (delivery rows and the status packages linked
 * to the document); writes nothing. The DueDate comes from the package row; for a row accepted before it was kept
 * there and not yet backfilled ({@link DueDateBackfill}), from the stored package header, once.
 */
@Component
public class DutyLedger {
    private static final Logger log = LoggerFactory.getLogger(DutyLedger.class);
    private static final int DUE_DATE_CACHE = 50_000;
    /** States of a pushed copy whose push succeeded (its completed_at is the push). */
    private static final java.util.Set<String> PUSHED = java.util.Set.of("DELIVERED", "ACKED", "FAILED");
    private static final String LOCAL_COPIES = " from delivery d join package p on p.axis_id = d.axis_id"
            + " where p.kind = 'document' and coalesce(p.business_type, 0) <> 1"
            + " and d.route in ('local-pull', 'local-push') and d.state not in ('REVOKED', 'UNROUTABLE')";
    private static final String WINDOW = LOCAL_COPIES
            + " and (d.completed_at >= :from and d.completed_at < :to"
            + " or d.completed_at is null and d.created_at >= :from and d.created_at < :to)"
            + " and (cast(:agency as varchar(35)) is null or d.recipient_code = :agency)";
    private static final String IN_ORDER = " order by coalesce(d.completed_at, d.created_at), d.id";
    private static final String ONE_PACKAGE = LOCAL_COPIES + " and d.axis_id = :axisId";
    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final EdxmlReader reader = new EdxmlReader();
    private final Map<String, Optional<LocalDate>> dueDates = new ConcurrentHashMap<>();

    public DutyLedger(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    /** Copies that became available in [from, to), for one agency or all (agency null), in that order. */
    public List<CopyFacts> copies(Instant from, Instant to, String agency) {
        List<CopyFacts> out = new ArrayList<>();
        read(WINDOW, window(from, to, agency), IN_ORDER, out::add);
        return out;
    }

    /** As {@link #copies} but in no particular order, handing each copy over as it is read (nothing kept). */
    public void forEachCopy(Instant from, Instant to, String agency, Consumer<CopyFacts> each) {
        read(WINDOW, window(from, to, agency), "", each);
    }

    private static Map<String, Object> window(Instant from, Instant to, String agency) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        params.put("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        params.put("agency", agency);
        return params;
    }

    /** The local copies of one package, for its sender's trace. */
    public List<CopyFacts> copiesOf(String axisId) {
        List<CopyFacts> out = new ArrayList<>();
        read(ONE_PACKAGE, new HashMap<>(Map.of("axisId", axisId)), IN_ORDER, out::add);
        return out;
    }

    /** First status from the copy's recipient about its document (any code; 02/03/06; 06): an index lookup each. */
    private static String firstStatus(String name, String codes) {
        return ", (select min(s.received_at) from package s where s.related_axis_id = d.axis_id"
                + " and s.from_code = d.recipient_code and s.kind = 'status'" + codes + ") as " + name;
    }

    private void read(String where, Map<String, Object> params, String order, Consumer<CopyFacts> each) {
        jdbc.sql("select d.id, d.axis_id, d.recipient_code, d.route, d.state, d.created_at, d.completed_at,"
                        + " d.fetched_at, p.document_id, p.from_code, p.blob_key, p.due_date, p.due_date_read"
                        + firstStatus("arrived_at", "") + firstStatus("registered_at", " and s.status_code in ('02', '03', '06')")
                        + firstStatus("done_at", " and s.status_code = '06'") + where + order)
                .params(params).query((RowCallbackHandler) rs -> each.accept(facts(rs)));
    }

    private CopyFacts facts(ResultSet rs) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        OffsetDateTime available = completed != null ? completed : rs.getObject("created_at", OffsetDateTime.class);
        OffsetDateTime received = rs.getObject("fetched_at", OffsetDateTime.class);
        if (received == null && "local-push".equals(rs.getString("route")) && PUSHED.contains(rs.getString("state"))) {
            received = completed;
        }
        String axisId = rs.getString("axis_id");
        LocalDate due = rs.getBoolean("due_date_read") ? rs.getObject("due_date", LocalDate.class)
                : dueDate(axisId, rs.getString("blob_key"));
        return new CopyFacts(axisId, rs.getString("document_id"), rs.getString("from_code"),
                rs.getString("recipient_code"), rs.getLong("id"), available.toInstant(), instant(received),
                instant(rs, "arrived_at"), instant(rs, "registered_at"), instant(rs, "done_at"), due);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, OffsetDateTime.class));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** The DueDate of a row not yet backfilled, from its blob (null and a warning if unreadable). */
    LocalDate dueDate(String axisId, String blobKey) {
        Optional<LocalDate> cached = dueDates.get(axisId);
        if (cached != null) {
            return cached.orElse(null);
        }
        Optional<LocalDate> due;
        try {
            due = Optional.ofNullable(readDueDate(blobKey));
        } catch (IOException | RuntimeException e) {
            log.warn("DueDate of blob {} not readable: {}", blobKey, e.toString());
            due = Optional.empty();
        }
        if (dueDates.size() < DUE_DATE_CACHE) {
            dueDates.put(axisId, due);
        }
        return due.orElse(null);
    }

    /** The DueDate in a stored package's header, or null if it has none. */
    LocalDate readDueDate(String blobKey) throws IOException {
        try (InputStream in = Files.newInputStream(blobs.path(blobKey))) {
            return reader.readHeader(in).header().dueDateValue();
        }
    }
}
