package vn.lienthong.axis.federation.upstream;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.config.FederationProperties;
import vn.lienthong.axis.directory.RouteRule;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Hop;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Progress;
import vn.lienthong.axis.federation.upstream.RemoteCopyReport.Row;
import vn.lienthong.axis.federation.upstream.TrackedCopies.Tracked;
import vn.lienthong.axis.federation.vxp.VxpClient;
import vn.lienthong.axis.ledger.LedgerRepository;

/**
 * Follows copies handed to another axis until their recipient has them: asks the remote axis
 * ({@code getSentEdocList}, one call per upload) and records each hop it reports once on the copy —
 * {@code upstream-accepted}, then {@code upstream-received} (done or fail) or {@code upstream-revoked}
 * ({@code peer-*} for peers). Copies older than {@code track-max-age} are no longer asked about. A failure
 * to reach the remote axis only counts and logs: the copy is asked about again in a later round.
 */
@Service
public class RemoteTracker {
    private static final Logger log = LoggerFactory.getLogger(RemoteTracker.class);
    private final RemoteAxes remotes;
    private final TrackedCopies copies;
    private final MeterRegistry meters;
    private final Duration maxAge;
    private final int batch;

    public RemoteTracker(RemoteAxes remotes, TrackedCopies copies, MeterRegistry meters, FederationProperties props) {
        this.remotes = remotes;
        this.copies = copies;
        this.meters = meters;
        this.maxAge = props.upstream().trackMaxAge();
        this.batch = props.upstream().trackBatch();
    }

    /** One round; returns the number of hops recorded. */
    public int track() {
        if (remotes.isEmpty()) {
            return 0;
        }
        var sentAfter = LedgerRepository.now().minus(maxAge);
        int expired = copies.expire(sentAfter);
        if (expired > 0) {
            log.info("Stopped tracking {} copies handed to another axis more than {} ago", expired, maxAge);
        }
        Map<List<String>, List<Tracked>> uploads = new LinkedHashMap<>();
        for (Tracked c : copies.due(sentAfter, batch)) {
            uploads.computeIfAbsent(List.of(c.target(), c.docId()), k -> new ArrayList<>()).add(c);
        }
        int recorded = 0;
        for (List<Tracked> upload : uploads.values()) {
            recorded += track(upload);
            copies.checked(upload.stream().map(Tracked::deliveryId).toList());
        }
        return recorded;
    }

    private int track(List<Tracked> upload) {
        Tracked first = upload.get(0);
        VxpClient client = remotes.client(first.target()).orElse(null);
        if (client == null) {
            count("no-connector");
            return 0;
        }
        List<Row> rows;
        try {
            String messageType = "status".equals(first.kind()) ? "status" : "edoc";
            rows = RemoteCopyReport.parse(client.sentList(first.docId(), messageType));
        } catch (AxisException e) {
            log.warn("Tracking DocId {} at {} failed, asked again later: {}", first.docId(), first.target(),
                    e.getMessage());
            count("failed");
            return 0;
        }
        boolean peer = first.target().startsWith(RouteRule.PEER_PREFIX);
        String where = peer ? first.target() : "the upstream axis";
        int recorded = 0;
        for (Tracked copy : upload) {
            Row row = RemoteCopyReport.match(rows, copy.recipient()).orElse(null);
            if (row == null) {
                count("not-listed");
                continue;
            }
            Progress at = copy.progress();
            for (Hop hop : RemoteCopyReport.hops(row, at, peer ? "peer" : "upstream", where, copy.docId())) {
                if (!copies.record(copy, at, hop)) {
                    break;
                }
                count(hop.to().name().toLowerCase(Locale.ROOT));
                recorded++;
                at = hop.to();
            }
        }
        return recorded;
    }

    /** Counts tracked copies by outcome: accepted, received, revoked, not-listed, failed, no-connector. */
    private void count(String outcome) {
        meters.counter("axis.upstream.track.copies", "outcome", outcome).increment();
    }
}
