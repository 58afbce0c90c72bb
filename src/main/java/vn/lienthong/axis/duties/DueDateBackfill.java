package vn.lienthong.axis.duties;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.jobs.DaemonThreads;

/**
 * Fills {@code package.due_date} of the documents accepted before V28 kept it in the row, from their stored
 * headers, in batches of one transaction each (one commit per batch, not per row), once after start (in axis_id
 * order; idempotent, so two nodes may both run it). Until a row is filled, {@link DutyLedger} reads its header
 * itself.
 */
@Component
public class DueDateBackfill implements DisposableBean {
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(DueDateBackfill.class);
    private final JdbcClient jdbc;
    private final DutyLedger ledger;
    private final TransactionTemplate tx;
    private final ExecutorService worker = DaemonThreads.single("due-date-backfill");

    public DueDateBackfill(JdbcClient jdbc, DutyLedger ledger, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.tx = tx;
    }

    private record Pending(String axisId, String blobKey) {}

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.execute(() -> {
            try {
                if (!pending()) {
                    return;
                }
                long filled = run();
                log.info("DueDate kept in the row of {} packages accepted before V28", filled);
            } catch (RuntimeException e) {
                log.warn("DueDate backfill stopped (the duties read the headers meanwhile): {}", e.toString());
            }
        });
    }

    /** Whether rows from before V28 may still wait (V28 found packages, and no run has read them all yet). */
    boolean pending() {
        return jdbc.sql("select pending from due_date_backfill where id = 1").query(Boolean.class).optional()
                .orElse(false);
    }

    /**
     * Fills every row not yet read; returns how many were filled. A row whose blob is gone (no file, or deleted at
     * the end of its archive period) or does not parse is marked read without a date ({@code due_date_read} false:
     * the duties read what they can themselves), so no start scans for it again; a row whose blob cannot be read
     * now (an I/O error, the store away) stays unread and the next start tries again. Once none stays, no later
     * start looks.
     */
    public long run() {
        long filled = 0;
        int unreadable = 0;
        int lost = 0;
        String after = "";
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending> batch = jdbc.sql("select axis_id, blob_key from package where axis_id > ?"
                            + " and kind = 'document' and due_date_read is null order by axis_id limit " + BATCH)
                    .param(after).query((rs, n) -> new Pending(rs.getString(1), rs.getString(2))).list();
            if (batch.isEmpty()) {
                break;
            }
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (Pending p : batch) {
                try {
                    rows.add(new Object[] {ledger.readDueDate(p.blobKey()), true, p.axisId()});
                } catch (IOException | RuntimeException e) {
                    if (unreadableForGood(e)) {
                        rows.add(new Object[] {null, false, p.axisId()});
                        lost++;
                    } else {
                        unreadable++;
                    }
                }
            }
            filled += tx.execute(status -> {
                int n = 0;
                for (Object[] row : rows) {
                    boolean updated = jdbc.sql("update package set due_date = ?, due_date_read = ?"
                            + " where axis_id = ? and due_date_read is null").params(row).update() == 1;
                    if (updated && Boolean.TRUE.equals(row[1])) {
                        n++;
                    }
                }
                return n;
            });
            after = batch.get(batch.size() - 1).axisId();
        }
        if (lost > 0) {
            log.warn("DueDate of {} packages accepted before V28 not kept: their blobs are gone or do not parse"
                    + " (due_date_read false)", lost);
        }
        if (unreadable > 0) {
            log.warn("DueDate of {} packages accepted before V28 not readable from their blobs", unreadable);
        } else if (!Thread.currentThread().isInterrupted()) {
            jdbc.sql("update due_date_backfill set pending = false where id = 1").update();
        }
        return filled;
    }

    /**
     * No file, deleted at the end of its archive period, or bytes the reader refuses: no later start can read it
     * either. The store being away ({@code DEPENDENCY_UNAVAILABLE}) and I/O errors may pass.
     */
    private static boolean unreadableForGood(Exception e) {
        return e instanceof NoSuchFileException || e instanceof AxisException a
                && a.code() != AxisErrorCode.DEPENDENCY_UNAVAILABLE && a.code() != AxisErrorCode.INTERNAL_ERROR;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
