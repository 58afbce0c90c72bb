package vn.lienthong.axis.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.ledger.chain.LedgerChain;

/** SQL of the ledger tables (portable between H2 and PostgreSQL). */
@Repository
public class LedgerRepository {
    private static final String PACKAGE_COLUMNS = "axis_id, kind, from_code, document_id, business_type, status_code,"
            + " response_for_document_id, response_for_organ_id, related_axis_id, subject, sha256, size_bytes,"
            + " blob_key, api, client_id, received_at, due_date";
    private static final String DELIVERY_COLUMNS = "id, axis_id, recipient_code, route, state, attempts, generation,"
            + " last_error, ack_reason, created_at, updated_at, fetched_at, completed_at";
    private final JdbcClient jdbc;
    private final LedgerChain chain;
    private final TransactionTemplate tx;

    public LedgerRepository(JdbcClient jdbc, LedgerChain chain, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.tx = tx;
    }

    /** The ledger's clock: UTC, microseconds (what both databases keep). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public void insertPackage(StoredPackage p) {
        jdbc.sql("insert into package (" + PACKAGE_COLUMNS + ", due_date_read)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)")
                .params(p.axisId(), p.kind().wireName(), p.from(), p.documentId(), p.businessType(), p.statusCode(),
                        p.responseForDocumentId(), p.responseForOrganId(), p.relatedAxisId(), truncate(p.subject(), 2000),
                        p.sha256(), p.size(), p.blobKey(), p.api(), p.clientId(), p.receivedAt(), p.dueDate())
                .update();
    }

    public Optional<StoredPackage> findPackage(String axisId) {
        return jdbc.sql("select " + PACKAGE_COLUMNS + " from package where axis_id = ?").param(axisId)
                .query(LedgerRepository::mapPackage).optional();
    }

    /** The earliest document package with this DocumentId (from {@code fromCode} if given). */
    public Optional<StoredPackage> findDocument(String documentId, String fromCode) {
        String sql = "select " + PACKAGE_COLUMNS + " from package where kind = 'document' and document_id = ?"
                + (fromCode == null ? "" : " and from_code = ?") + " order by business_type, received_at";
        var spec = jdbc.sql(sql).param(documentId);
        if (fromCode != null) {
            spec = spec.param(fromCode);
        }
        return spec.query(LedgerRepository::mapPackage).list().stream().findFirst();
    }

    /** Packages linked to {@code axisId} (its statuses, revoke, updates, replacements). */
    public List<StoredPackage> related(String axisId) {
        return jdbc.sql("select " + PACKAGE_COLUMNS + " from package where related_axis_id = ? order by received_at")
                .param(axisId).query(LedgerRepository::mapPackage).list();
    }

    public record IntakeKey(String axisId, String sha256) {}

    public Optional<IntakeKey> findIntakeKey(String keyHash) {
        return jdbc.sql("select axis_id, sha256 from intake_key where key_hash = ?").param(keyHash)
                .query((rs, n) -> new IntakeKey(rs.getString(1), rs.getString(2))).optional();
    }

    public void insertIntakeKey(String keyHash, String keyText, String axisId, String sha256) {
        jdbc.sql("insert into intake_key (key_hash, key_text, axis_id, sha256) values (?, ?, ?, ?)")
                .params(keyHash, truncate(keyText, 1000), axisId, sha256).update();
    }

    public long insertDelivery(String axisId, String recipient, DeliveryRoute route, DeliveryState state,
                               OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into delivery (axis_id, recipient_code, route, state, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(axisId, recipient, route.wireName(), state.name(), at, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertVerificationReport(String axisId, String reportJson) {
        jdbc.sql("insert into verification_report (axis_id, report) values (?, ?)").params(axisId, reportJson).update();
    }

    public Optional<String> findVerificationReport(String axisId) {
        return jdbc.sql("select report from verification_report where axis_id = ?").param(axisId)
                .query(String.class).optional();
    }

    /**
     * Records an event and links it into the hash chain when its transaction commits (outside a
     * transaction, the insert and the link commit together in one of their own).
     */
    public void insertEvent(String axisId, Long deliveryId, String type, DeliveryState state, String detail) {
        if (chain.inDatabaseTransaction()) {
            chain.linkOnCommit(List.of(insertEventRow(axisId, deliveryId, type, state, detail)));
        } else {
            tx.executeWithoutResult(s -> chain.linkOnCommit(List.of(insertEventRow(axisId, deliveryId, type, state,
                    detail))));
        }
    }

    private long insertEventRow(String axisId, Long deliveryId, String type, DeliveryState state, String detail) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into event (axis_id, delivery_id, at, type, state, detail) values (?, ?, ?, ?, ?, ?)")
                .params(axisId, deliveryId, now(), type, state == null ? null : state.name(), truncate(detail, 2000))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Delivery> findDelivery(long id) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from delivery where id = ?").param(id)
                .query(LedgerRepository::mapDelivery).optional();
    }

    public Optional<Delivery> findDelivery(String axisId, String recipient) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from delivery where axis_id = ? and recipient_code = ?")
                .params(axisId, recipient).query(LedgerRepository::mapDelivery).optional();
    }

    public List<Delivery> deliveries(String axisId) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from delivery where axis_id = ? order by id").param(axisId)
                .query(LedgerRepository::mapDelivery).list();
    }

    public List<LedgerEvent> events(String axisId) {
        return jdbc.sql("select id, axis_id, delivery_id, at, type, state, detail from event where axis_id = ? order by id")
                .param(axisId)
                .query((rs, n) -> new LedgerEvent(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * Moves a delivery to {@code to} only if it is in one of {@code from}: the guard that keeps
     * redelivered messages and several nodes from doing the same work twice.
     */
    public boolean transition(long id, Collection<DeliveryState> from, DeliveryState to, String error) {
        OffsetDateTime now = now();
        boolean done = to == DeliveryState.DELIVERED || to == DeliveryState.AVAILABLE;
        return jdbc.sql("update delivery set state = ?, updated_at = ?, last_error = coalesce(?, last_error)"
                        + (done ? ", completed_at = ?" : ", completed_at = completed_at")
                        + " where id = ? and state in (" + inList(from) + ")")
                .params(done ? new Object[] {to.name(), now, truncate(error, 2000), now, id}
                        : new Object[] {to.name(), now, truncate(error, 2000), id})
                .update() == 1;
    }

    /** Withdraws a copy not fetched yet (revoke). */
    public boolean withdraw(long id, Collection<DeliveryState> from) {
        return jdbc.sql("update delivery set state = 'REVOKED', updated_at = ? where id = ? and fetched_at is null"
                        + " and state in (" + inList(from) + ")")
                .params(now(), id).update() == 1;
    }

    /** Marks the first fetch of a copy by its recipient; false when it was fetched before. */
    public boolean markFetched(long id) {
        return markFetched(id, now());
    }

    /** Marks the first fetch at {@code at} (the duty tests place fetches on a calendar). */
    public boolean markFetched(long id, OffsetDateTime at) {
        return jdbc.sql("update delivery set fetched_at = ? where id = ? and fetched_at is null").params(at, id)
                .update() == 1;
    }

    /**
     * Runs a conditional change of a copy and, when it changed something, records its event, in one
     * transaction: a copy never moves without the event that tells its sender (a database failure
     * between the two would otherwise leave the move unexplained for good, since the move is not redone).
     */
    public boolean changeWithEvent(BooleanSupplier change, String axisId, long deliveryId, String type,
                                   DeliveryState state, String detail) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (!change.getAsBoolean()) {
                return false;
            }
            insertEvent(axisId, deliveryId, type, state, detail);
            return true;
        }));
    }

    /** The recipient's acknowledgement: ACKED (done) or FAILED with its reason. */
    public boolean acknowledge(long id, DeliveryState to, String reason, Collection<DeliveryState> from) {
        return jdbc.sql("update delivery set state = ?, ack_reason = ?, updated_at = ?, fetched_at = coalesce(fetched_at, ?)"
                        + " where id = ? and state in (" + inList(from) + ")")
                .params(to.name(), truncate(reason, 2000), now(), now(), id).update() == 1;
    }

    /** Records a failed push attempt: attempts + 1, RETRYING, the error. */
    public boolean recordFailedAttempt(long id, String error) {
        return jdbc.sql("update delivery set state = 'RETRYING', attempts = attempts + 1, last_error = ?, updated_at = ?"
                        + " where id = ? and state in ('QUEUED', 'RETRYING')")
                .params(truncate(error, 2000), now(), id).update() == 1;
    }

    public void countAttempt(long id) {
        jdbc.sql("update delivery set attempts = attempts + 1 where id = ?").param(id).update();
    }

    /** An operator requeue: back to QUEUED with a new generation (so the broker does not drop it as a duplicate). */
    public boolean requeue(long id, Collection<DeliveryState> from) {
        return jdbc.sql("update delivery set state = 'QUEUED', generation = generation + 1, updated_at = ?"
                        + " where id = ? and state in (" + inList(from) + ")")
                .params(now(), id).update() == 1;
    }

    /** Deliveries in {@code state} untouched since before {@code before}: candidates for the recovery sweep. */
    public List<Delivery> staleBefore(DeliveryState state, OffsetDateTime before, int limit) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from delivery where state = ? and updated_at < ?"
                        + " order by id fetch first " + limit + " rows only")
                .params(state.name(), before).query(LedgerRepository::mapDelivery).list();
    }

    /** Claims a QUEUED delivery for re-publishing; exactly one node wins the conditional update. */
    public boolean claimForRepublish(Delivery d) {
        return jdbc.sql("update delivery set updated_at = ? where id = ? and state = 'QUEUED' and updated_at = ?")
                .params(now(), d.id(), d.updatedAt()).update() == 1;
    }

    /**
     * Claims a RETRYING delivery whose queue message is gone: back to QUEUED with the next generation
     * (a new duplicate id, and older messages of it become stale); exactly one node wins.
     */
    public boolean claimRetryingForRequeue(Delivery d) {
        return jdbc.sql("update delivery set state = 'QUEUED', generation = generation + 1, updated_at = ?"
                        + " where id = ? and state = 'RETRYING' and updated_at = ? and generation = ?")
                .params(now(), d.id(), d.updatedAt(), d.generation()).update() == 1;
    }

    public List<Delivery> byState(Collection<DeliveryState> states, String recipient, int limit) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from delivery where state in (" + inList(states) + ")"
                        + (recipient == null ? "" : " and recipient_code = :recipient")
                        + " order by id fetch first " + limit + " rows only")
                .paramSource(recipient == null ? java.util.Map.of() : java.util.Map.of("recipient", recipient))
                .query(LedgerRepository::mapDelivery).list();
    }

    public long countByState(DeliveryState state) {
        return jdbc.sql("select count(*) from delivery where state = ?").param(state.name()).query(Long.class).single();
    }

    public long countPackages() {
        return jdbc.sql("select count(*) from package").query(Long.class).single();
    }

    static String inList(Collection<DeliveryState> states) {
        return states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static StoredPackage mapPackage(ResultSet rs, int row) throws SQLException {
        return new StoredPackage(rs.getString("axis_id"), PackageKind.fromWire(rs.getString("kind")),
                rs.getString("from_code"), rs.getString("document_id"), (Integer) rs.getObject("business_type", Integer.class),
                rs.getString("status_code"), rs.getString("response_for_document_id"),
                rs.getString("response_for_organ_id"), rs.getString("related_axis_id"), rs.getString("subject"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("blob_key"), rs.getString("api"),
                rs.getString("client_id"), rs.getObject("received_at", OffsetDateTime.class),
                rs.getObject("due_date", java.time.LocalDate.class));
    }

    static Delivery mapDelivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("axis_id"), rs.getString("recipient_code"),
                DeliveryRoute.fromWire(rs.getString("route")), DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getInt("generation"), rs.getString("last_error"), rs.getString("ack_reason"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("fetched_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class));
    }
}
