package vn.lienthong.axis.federation.upstream;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpClient;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;
import vn.lienthong.axis.intake.Intake;
import vn.lienthong.axis.intake.Spool;
import vn.lienthong.axis.ledger.Receipt;

/**
 * Polls the national axis for documents and statuses alike: {@code getReceivedEdocList} →
 * claim → {@code getEdoc} (streamed into a spool file, never held in memory) → intake (as the
 * internal {@code upstream} client, for remote senders) → {@code updateStatus done} only after the
 * ledger commit; a refusal → {@code fail} with the reason; a duplicate (same bytes already accepted)
 * → {@code done}. A retryable failure leaves the item unacknowledged for the next poll.
 */
@Service
public class UpstreamPoller {
    public static final String CLIENT = "upstream";
    public static final List<String> MESSAGE_TYPES = List.of("edoc", "status");
    private static final Logger log = LoggerFactory.getLogger(UpstreamPoller.class);
    private final RemoteAxes remotes;
    private final Intake intake;
    private final InboundClaims claims;
    private final String node;
    private final MeterRegistry meters;
    private final Path spoolDir;
    private final UpstreamConnection connection;

    public UpstreamPoller(RemoteAxes remotes, Intake intake, InboundClaims claims, AxisProperties props,
                          MeterRegistry meters, UpstreamConnection connection) {
        this.connection = connection;
        this.meters = meters;
        this.remotes = remotes;
        this.intake = intake;
        this.claims = claims;
        this.node = props.nodeId();
        this.spoolDir = props.dataDir().resolve("spool");
    }

    /** One poll of both message types; returns the number of items taken into the ledger or refused. */
    public int poll() {
        VxpClient client = remotes.client(RouteRule.UPSTREAM).orElse(null);
        if (client == null) {
            return 0;
        }
        int handled = 0;
        for (String type : MESSAGE_TYPES) {
            List<VxpClient.ReceivedItem> items;
            try {
                items = client.receivedList(type);
                connection.reached();
            } catch (AxisException e) {
                connection.failed(e.getMessage());
                log.warn("Upstream getReceivedEdocList({}) failed: {}", type, e.getMessage());
                count(type, "list-failed");
                continue;
            }
            for (VxpClient.ReceivedItem item : items) {
                String outcome = handle(client, item, type);
                count(type, outcome);
                handled += outcome.equals("skipped") || outcome.equals("retry") ? 0 : 1;
            }
        }
        return handled;
    }

    /** Counts items by message type and outcome: accepted, duplicate, refused, retry, skipped, re-acknowledged. */
    private void count(String type, String outcome) {
        meters.counter("axis.upstream.poll.items", "type", type, "outcome", outcome).increment();
    }

    private String handle(VxpClient client, VxpClient.ReceivedItem item, String type) {
        String docId = item.docId();
        if (docId == null || docId.isBlank()) {
            return "skipped";
        }
        InboundClaims.Claim claim = claims.claim(docId, type, node);
        return switch (claim.next()) {
            case SKIP -> "skipped";
            case ACK_DONE -> acknowledge(client, docId, true, null, "re-acknowledged");
            case ACK_FAIL -> acknowledge(client, docId, false, claim.detail(), "re-acknowledged");
            case FETCH -> fetchAndAccept(client, docId);
        };
    }

    private String fetchAndAccept(VxpClient client, String docId) {
        Path file;
        long size;
        try {
            Files.createDirectories(spoolDir);
            file = Files.createTempFile(spoolDir, "upstream-", ".part");
            size = client.getEdoc(docId, file);
        } catch (AxisException | IOException e) {
            claims.release(docId);
            log.warn("Upstream getEdoc({}) failed, left for the next poll: {}", docId, e.getMessage());
            return "retry";
        }
        try (InputStream in = Files.newInputStream(file)) {
            Receipt receipt = intake.submitFromOtherAxis(in, size, CLIENT, CLIENT);
            claims.accepted(docId, receipt.axisId());
            log.info("Upstream item {} accepted as {}{}", docId, receipt.axisId(), receipt.duplicate() ? " (duplicate)" : "");
            return acknowledge(client, docId, true, null, receipt.duplicate() ? "duplicate" : "accepted");
        } catch (AxisException e) {
            if (e.code().retryable()) {
                claims.release(docId);
                log.warn("Upstream item {} not taken in, left for the next poll: {}", docId, e.getMessage());
                return "retry";
            }
            String reason = e.code().wireName() + ": " + e.detail();
            claims.refused(docId, reason);
            return acknowledge(client, docId, false, reason, "refused");
        } catch (IOException | RuntimeException e) {
            claims.release(docId);
            log.warn("Upstream item {} could not be recorded, left for the next poll: {}", docId, e.toString());
            return "retry";
        } finally {
            Spool.delete(file);
        }
    }

    private String acknowledge(VxpClient client, String docId, boolean done, String reason, String outcome) {
        try {
            VxpEnvelope env = client.updateStatus(docId, done ? "done" : "fail", reason);
            if (env.succeeded()) {
                claims.acknowledged(docId, done);
            } else {
                log.warn("Upstream updateStatus({}) refused: {} {}", docId, env.errorCode(), env.errorDesc());
            }
        } catch (AxisException e) {
            log.warn("Upstream updateStatus({}) failed, repeated at the next poll: {}", docId, e.getMessage());
        }
        return outcome;
    }
}
