package vn.lienthong.axis.evidence.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.AxisKey;
import vn.lienthong.axis.evidence.Checkpoints;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.DeliveryRoute;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.StoredPackage;
import vn.lienthong.axis.ledger.Trace;

/**
 * Gathers what goes into a package's evidence container, for its sender (every receipt, the whole trace)
 * or a recipient (its own copy's receipts and trace); anyone else: NOT_FOUND. Everything but the package
 * bytes is prepared here, before the response starts, so refusals are ordinary error responses.
 */
public class EvidenceContainers {
    private final LedgerRepository repo;
    private final BlobStore blobs;
    private final Receipts receipts;
    private final Trace trace;
    private final AxisKey key;
    private final ObjectMapper json;
    private final Checkpoints checkpoints;

    public EvidenceContainers(LedgerRepository repo, BlobStore blobs, Receipts receipts, Trace trace, AxisKey key,
                              ObjectMapper json, Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.repo = repo;
        this.blobs = blobs;
        this.receipts = receipts;
        this.trace = trace;
        this.key = key;
        this.json = json;
    }

    /** The container's contents as {@code agency} may see them. */
    public EvidenceContainerWriter prepare(String axisId, String agency) {
        StoredPackage p = repo.findPackage(axisId).orElseThrow(() -> notFound(axisId));
        boolean sender = p.from().equals(agency);
        if (!sender && repo.findDelivery(axisId, agency).filter(d -> d.route() != DeliveryRoute.UNROUTABLE).isEmpty()) {
            throw notFound(axisId);
        }
        var signer = key.required();
        List<EvidenceContainerWriter.Entry> small = new ArrayList<>();
        repo.findVerificationReport(axisId).ifPresent(r -> small.add(EvidenceContainerWriter.Entry.json(
                "verification-report.json", receipts.verificationReport(axisId, agency))));
        if (sender) {
            small.add(EvidenceContainerWriter.Entry.xml("receipts/acceptance.xml", receipts.acceptance(axisId, agency)));
        }
        for (Receipts.Issued r : receipts.deliveries(axisId, agency)) {
            small.add(EvidenceContainerWriter.Entry.xml("receipts/delivery-" + r.eventId() + "-" + safe(r.recipient())
                    + "-" + safe(r.type()) + ".xml", r.xml()));
        }
        checkpoints.covering(ContainerCheckpoint.entries(small.stream().filter(e -> e.path().startsWith("receipts/"))
                .map(e -> new String(e.bytes(), java.nio.charset.StandardCharsets.UTF_8)).toList())).ifPresent(cp -> {
                    small.add(EvidenceContainerWriter.Entry.xml(ContainerCheckpoint.XML, cp.signedXml()));
                    if (cp.token() != null) {
                        small.add(new EvidenceContainerWriter.Entry(ContainerCheckpoint.TOKEN,
                                "application/vnd.etsi.timestamp-token", cp.token()));
                    }
                });
        try {
            small.add(EvidenceContainerWriter.Entry.json("trace.json", json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(trace.ofCopyOrAll(p, agency))));
        } catch (JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot write the trace: " + e.getMessage(), null, e);
        }
        Path file = blobs.path(p.blobKey());
        return new EvidenceContainerWriter(p.sha256(), file, small, signer);
    }

    /** An auditor's container (admin API): everything the sender's holds. */
    public EvidenceContainerWriter prepareForAuditor(String axisId) {
        return prepare(axisId, repo.findPackage(axisId).orElseThrow(() -> notFound(axisId)).from());
    }

    /** A name safe in a ZIP path and a URI: letters, digits, '.', '-' and '_'. */
    public static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static AxisException notFound(String axisId) {
        return new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId + " sent to or by this agency", "axisId");
    }
}
