package vn.lienthong.axis.retention;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.LedgerRepository;

/** Legal holds (a package's bytes are never deleted while one is set) and where a package's bytes are. */
public class LegalHolds {
    /** A legal hold. */
    public record Hold(String reason, String setBy, OffsetDateTime setAt) {}

    /** {@code state}: stored, archived or deleted. */
    public record View(String axisId, String state, OffsetDateTime archivedAt, OffsetDateTime deletedAt, Hold hold) {}

    private final JdbcClient jdbc;
    private final LedgerRepository repo;
    private final TransactionTemplate tx;

    public LegalHolds(JdbcClient jdbc, LedgerRepository repo, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.tx = tx;
    }

    public View view(String axisId) {
        known(axisId);
        Hold hold = jdbc.sql("select reason, set_by, set_at from legal_hold where axis_id = ?").param(axisId)
                .query((rs, n) -> new Hold(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .optional().orElse(null);
        return jdbc.sql("select state, archived_at, deleted_at from package_retention where axis_id = ?").param(axisId)
                .query((rs, n) -> new View(axisId, rs.getString(1).toLowerCase(java.util.Locale.ROOT),
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class), hold))
                .optional().orElse(new View(axisId, "stored", null, null, hold));
    }

    /** Sets (or replaces) the hold; a ledger event records who and why. */
    public View set(String axisId, String reason, String by) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "reason is required (at most 500 characters)", "reason");
        }
        if ("deleted".equals(view(axisId).state())) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "package " + axisId + " was already deleted at the end"
                    + " of its archive period; nothing is left to hold", "axisId");
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("delete from legal_hold where axis_id = ?").param(axisId).update();
            jdbc.sql("insert into legal_hold (axis_id, reason, set_by, set_at) values (?, ?, ?, ?)")
                    .params(axisId, reason.trim(), by, LedgerRepository.now()).update();
            repo.insertEvent(axisId, null, "legal-hold-set", null, "legal hold set by " + by + ": " + reason.trim());
        });
        return view(axisId);
    }

    /** Clears the hold; NOT_FOUND when none is set. */
    public void clear(String axisId, String by) {
        known(axisId);
        tx.executeWithoutResult(s -> {
            if (jdbc.sql("delete from legal_hold where axis_id = ?").param(axisId).update() == 0) {
                throw new AxisException(AxisErrorCode.NOT_FOUND, "no legal hold on package " + axisId, "axisId");
            }
            repo.insertEvent(axisId, null, "legal-hold-cleared", null, "legal hold cleared by " + by);
        });
    }

    private void known(String axisId) {
        if (repo.findPackage(axisId).isEmpty()) {
            throw new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId, "axisId");
        }
    }
}
