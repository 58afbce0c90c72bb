package vn.lienthong.axis.federation.upstream;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.axis.ledger.LedgerRepository;

/**
 * One upload of a package per remote axis: the copy that claims {@code (axisId, target)} uploads and
 * records the remote DocId; copies for other recipients behind the same axis reuse it. A claim left by
 * a crashed node is taken over after {@code stale}.
 */
@Repository
public class RemoteUploads {
    /** The outcome of a claim: {@code mine} (upload now), or the DocId already recorded, or neither (in progress). */
    public record Claim(boolean mine, String docId) {}

    private final JdbcClient jdbc;

    public RemoteUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Claim claim(String axisId, String target, String node, Duration stale) {
        OffsetDateTime now = LedgerRepository.now();
        try {
            jdbc.sql("insert into remote_upload (axis_id, target, claimed_by, claimed_at) values (?, ?, ?, ?)")
                    .params(axisId, target, node, now).update();
            return new Claim(true, null);
        } catch (DuplicateKeyException taken) {
            Optional<String> docId = jdbc.sql("select doc_id from remote_upload where axis_id = ? and target = ?")
                    .params(axisId, target).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                    .flatMap(x -> x);
            if (docId.isPresent()) {
                return new Claim(false, docId.get());
            }
            boolean takenOver = jdbc.sql("update remote_upload set claimed_by = ?, claimed_at = ? where axis_id = ?"
                            + " and target = ? and doc_id is null and claimed_at < ?")
                    .params(node, now, axisId, target, now.minus(stale)).update() == 1;
            return new Claim(takenOver, null);
        }
    }

    public void uploaded(String axisId, String target, String docId) {
        jdbc.sql("update remote_upload set doc_id = ? where axis_id = ? and target = ?")
                .params(docId, axisId, target).update();
    }

    /** The upload failed: the next attempt of any copy may claim again. */
    public void release(String axisId, String target) {
        jdbc.sql("delete from remote_upload where axis_id = ? and target = ? and doc_id is null")
                .params(axisId, target).update();
    }
}
