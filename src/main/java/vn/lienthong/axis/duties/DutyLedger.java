package vn.lienthong.axis.duties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.ledger.BlobStore;

/**
 * Reads the duty facts of local copies from the ledger (delivery rows and the status packages linked
 * to the document); writes nothing. The DueDate is read from the stored package header, once.
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
            + " and coalesce(d.completed_at, d.created_at) >= :from and coalesce(d.completed_at, d.created_at) < :to"
            + " and (cast(:agency as varchar(35)) is null or d.recipient_code = :agency)";
    private static final String ONE_PACKAGE = LOCAL_COPIES + " and d.axis_id = :axisId";
    private final JdbcClient jdbc;
    private final BlobStore blobs;
    private final EdxmlReader reader = new EdxmlReader();
    private final Map<String, Optional<LocalDate>> dueDates = new ConcurrentHashMap<>();

    public DutyLedger(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    private record Row(String axisId, String documentId, String sender, String recipient, long deliveryId,
                       Instant availableAt, Instant receivedAt, String blobKey) {}

    /** Copies that became available in [from, to), for one agency or all (agency null). */
    public List<CopyFacts> copies(Instant from, Instant to, String agency) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        params.put("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        params.put("agency", agency);
        return copies(WINDOW, params);
    }

    /** The local copies of one package, for its sender's trace. */
    public List<CopyFacts> copiesOf(String axisId) {
        return copies(ONE_PACKAGE, new HashMap<>(Map.of("axisId", axisId)));
    }

    private List<CopyFacts> copies(String where, Map<String, Object> params) {
        List<Row> rows = jdbc.sql("select d.id, d.axis_id, d.recipient_code, d.route, d.state, d.created_at, d.completed_at,"
                        + " d.fetched_at, p.document_id, p.from_code, p.blob_key" + where
                        + " order by coalesce(d.completed_at, d.created_at), d.id")
                .params(params).query((rs, n) -> {
                    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
                    OffsetDateTime available = completed != null ? completed : rs.getObject("created_at", OffsetDateTime.class);
                    OffsetDateTime received = rs.getObject("fetched_at", OffsetDateTime.class);
                    if (received == null && "local-push".equals(rs.getString("route"))
                            && PUSHED.contains(rs.getString("state"))) {
                        received = completed;
                    }
                    return new Row(rs.getString("axis_id"), rs.getString("document_id"), rs.getString("from_code"),
                            rs.getString("recipient_code"), rs.getLong("id"), available.toInstant(),
                            received == null ? null : received.toInstant(), rs.getString("blob_key"));
                }).list();
        Map<String, Instant[]> statuses = statuses(where, params);
        List<CopyFacts> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Instant[] s = statuses.getOrDefault(r.axisId() + "|" + r.recipient(), new Instant[3]);
            out.add(new CopyFacts(r.axisId(), r.documentId(), r.sender(), r.recipient(), r.deliveryId(),
                    r.availableAt(), r.receivedAt(), s[0], s[1], s[2], dueDate(r.axisId(), r.blobKey())));
        }
        return out;
    }

    /** Per "axisId|recipient": first status of any code, first 02/03/06, first 06. */
    private Map<String, Instant[]> statuses(String where, Map<String, Object> params) {
        Map<String, Instant[]> out = new LinkedHashMap<>();
        jdbc.sql("select s.related_axis_id, s.from_code, s.status_code, min(s.received_at) as first_at"
                        + " from package s join (select d.axis_id, d.recipient_code" + where + ") c"
                        + " on c.axis_id = s.related_axis_id and c.recipient_code = s.from_code"
                        + " where s.kind = 'status' group by s.related_axis_id, s.from_code, s.status_code")
                .params(params).query(rs -> {
                    String key = rs.getString(1) + "|" + rs.getString(2);
                    String code = rs.getString(3);
                    Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
                    Instant[] s = out.computeIfAbsent(key, k -> new Instant[3]);
                    s[0] = min(s[0], at);
                    if ("02".equals(code) || "03".equals(code) || "06".equals(code)) {
                        s[1] = min(s[1], at);
                    }
                    if ("06".equals(code)) {
                        s[2] = min(s[2], at);
                    }
                });
        return out;
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    LocalDate dueDate(String axisId, String blobKey) {
        Optional<LocalDate> cached = dueDates.get(axisId);
        if (cached != null) {
            return cached.orElse(null);
        }
        Optional<LocalDate> due = readDueDate(blobKey);
        if (dueDates.size() < DUE_DATE_CACHE) {
            dueDates.put(axisId, due);
        }
        return due.orElse(null);
    }

    private Optional<LocalDate> readDueDate(String blobKey) {
        try (InputStream in = Files.newInputStream(blobs.path(blobKey))) {
            String due = reader.readHeader(in).header().dueDate();
            return due == null || due.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(due.trim().substring(0, 10)));
        } catch (IOException | RuntimeException e) {
            log.warn("DueDate of blob {} not readable: {}", blobKey, e.toString());
            return Optional.empty();
        }
    }
}
