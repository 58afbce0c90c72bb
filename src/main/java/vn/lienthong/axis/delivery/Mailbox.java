package vn.lienthong.axis.delivery;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.DeliveryState;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.StoredPackage;

/**
 * Hộp thư: an agency's pending copies, the original bytes for the sender and the recipients, and
 * the recipient's acknowledgement. Foreign and unknown ids answer the same NOT_FOUND.
 */
@Service
public class Mailbox {
    /** States in which a recipient may read its copy. */
    private static final Set<DeliveryState> READABLE =
            Set.of(DeliveryState.AVAILABLE, DeliveryState.DELIVERED, DeliveryState.ACKED, DeliveryState.FAILED);
    private static final Set<DeliveryState> ACKNOWLEDGEABLE = Set.of(DeliveryState.AVAILABLE, DeliveryState.DELIVERED);
    private final JdbcClient jdbc;
    private final LedgerRepository repo;
    private final BlobStore blobs;

    public Mailbox(JdbcClient jdbc, LedgerRepository repo, BlobStore blobs) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.blobs = blobs;
    }

    /** One pending item; {@code cursor} orders the mailbox. */
    public record Item(String axisId, String documentId, String kind, String from, String subject, String statusCode,
                       String responseForDocumentId, Integer businessType, OffsetDateTime receivedAt, long size,
                       String sha256, long cursor) {}

    public record Page(List<Item> items, String nextCursor) {}

    /** The package and where its bytes are. */
    public record Opened(StoredPackage pkg, Path file) {}

    public Page list(String agency, PackageKind kind, String after, int limit) {
        long cursor = parseCursor(after);
        int size = Math.max(1, Math.min(limit, 500));
        String sql = "select d.id, p.axis_id, p.document_id, p.kind, p.from_code, p.subject, p.status_code,"
                + " p.response_for_document_id, p.business_type, p.received_at, p.size_bytes, p.sha256"
                + " from delivery d join package p on p.axis_id = d.axis_id"
                + " where d.recipient_code = ? and d.state = 'AVAILABLE' and d.id > ?"
                + (kind == null ? "" : " and p.kind = '" + kind.wireName() + "'")
                + " order by d.id fetch first " + (size + 1) + " rows only";
        List<Item> items = jdbc.sql(sql).params(agency, cursor).query((rs, n) -> new Item(rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                (Integer) rs.getObject(9, Integer.class), rs.getObject(10, OffsetDateTime.class), rs.getLong(11),
                rs.getString(12), rs.getLong(1))).list();
        if (items.size() > size) {
            List<Item> page = items.subList(0, size);
            return new Page(page, Long.toString(page.get(size - 1).cursor()));
        }
        return new Page(items, null);
    }

    /** The package, for its sender or a recipient holding a readable copy; anyone else: NOT_FOUND. */
    public Opened open(String axisId, String agency) {
        StoredPackage pkg = repo.findPackage(axisId).orElseThrow(() -> notFound(axisId));
        Path bytes;
        if (!pkg.from().equals(agency)) {
            Delivery d = repo.findDelivery(axisId, agency).filter(x -> READABLE.contains(x.state()))
                    .orElseThrow(() -> notFound(axisId));
            bytes = blobs.readablePath(pkg.blobKey());
            if (d.fetchedAt() == null) {
                repo.changeWithEvent(() -> repo.markFetched(d.id()), axisId, d.id(), "fetched", d.state(),
                        "fetched by " + agency);
            }
        } else {
            bytes = blobs.readablePath(pkg.blobKey());
        }
        return new Opened(pkg, bytes);
    }

    /**
     * The recipient's acknowledgement as an edge receives it: {@code result} is {@code done} (also when
     * absent) or {@code fail}; anything else is BAD_REQUEST.
     */
    public DeliveryState acknowledge(String axisId, String agency, String result, String reason) {
        String r = result == null || result.isBlank() ? "done" : result.trim();
        if (!r.equals("done") && !r.equals("fail")) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "result must be done or fail", "result");
        }
        return acknowledge(axisId, agency, r.equals("done"), reason);
    }

    /** The recipient's acknowledgement; repeating it is harmless. Returns the resulting state. */
    public DeliveryState acknowledge(String axisId, String agency, boolean done, String reason) {
        Delivery d = repo.findDelivery(axisId, agency).orElseThrow(() -> notFound(axisId));
        if (d.state() == DeliveryState.ACKED || d.state() == DeliveryState.FAILED) {
            return d.state();
        }
        if (!ACKNOWLEDGEABLE.contains(d.state())) {
            throw notFound(axisId);
        }
        DeliveryState to = done ? DeliveryState.ACKED : DeliveryState.FAILED;
        if (repo.changeWithEvent(() -> repo.acknowledge(d.id(), to, reason, ACKNOWLEDGEABLE), axisId, d.id(),
                done ? "acknowledged" : "acknowledged-failed", to,
                agency + (reason == null || reason.isBlank() ? "" : ": " + reason))) {
            return to;
        }
        return repo.findDelivery(d.id()).map(Delivery::state).orElse(to);
    }

    static AxisException notFound(String axisId) {
        return new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId + " for this agency", "axisId");
    }

    private static long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(after.trim());
        } catch (NumberFormatException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "the cursor " + after + " is not one this axis gave out",
                    "after");
        }
    }
}
