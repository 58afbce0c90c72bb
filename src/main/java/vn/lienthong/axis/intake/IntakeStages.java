package vn.lienthong.axis.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Ledger;
import vn.lienthong.axis.ledger.PipelineMetrics;
import vn.lienthong.axis.ledger.Receipt;

/**
 * The stages of intake, one method each, in the order the intake route runs them
 * ({@code routes/edge-to-ledger.camel.yaml}): spool → parse and validate → authorise the sender →
 * verify signatures → record in the ledger → publish the copies; a refusal is counted and audited.
 */
@Service
public class IntakeStages {
    private static final Logger log = LoggerFactory.getLogger(IntakeStages.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final Spool spool;
    private final IntakeInspector inspector;
    private final Ledger ledger;
    private final PipelineMetrics metrics;
    private final AuditLog audit;
    private final AgencyRepository agencies;

    public IntakeStages(Spool spool, IntakeInspector inspector, Ledger ledger, PipelineMetrics metrics,
                        AuditLog audit, AgencyRepository agencies) {
        this.spool = spool;
        this.inspector = inspector;
        this.ledger = ledger;
        this.metrics = metrics;
        this.audit = audit;
        this.agencies = agencies;
    }

    /** The exact bytes received, within the size limit and the free-space floor. */
    public SpooledPackage spool(Submission s) {
        spool.checkDeclaredLength(s.contentLength());
        spool.checkFreeSpace();
        return spool.write(s.body());
    }

    public EdxmlPackage parseAndValidate(SpooledPackage spooled) {
        return inspector.readHeader(spooled);
    }

    /** Before the signature is checked or anything decoded: may this client send for the package's sender? */
    public void authorise(EdxmlPackage header, Submission s) {
        String from = inspector.sender(header);
        ActingClient client = s.client();
        if (s.fromOtherAxis()) {
            if (agencies.find(from).filter(Agency::local).isPresent()) {
                throw new AxisException(AxisErrorCode.SENDER_MISMATCH, "the package is from " + from
                        + ", a local agency of this axis; " + client.clientId() + " may act only for remote agencies",
                        "MessageHeader/From/OrganId");
            }
        } else if (!client.agencies().contains(from)) {
            throw new AxisException(AxisErrorCode.SENDER_MISMATCH, "the package is from " + from
                    + " but this client acts for " + client.agencies(), "MessageHeader/From/OrganId");
        }
    }

    public InspectedPackage verify(SpooledPackage spooled, EdxmlPackage header) {
        return inspector.verify(spooled, header);
    }

    /** Times parse → verify as one figure (axis_verify_seconds), valid or refused. */
    public void verificationTook(boolean valid, long startNanos) {
        metrics.verification(valid ? "valid" : "refused", Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The package and its copies in the ledger (in one transaction); the copies are not published yet. */
    public Ledger.Accepted record(InspectedPackage inspected, SpooledPackage spooled, Submission s) {
        Ledger.Accepted accepted = ledger.record(inspected.facts(), spooled.file(), s.client().clientId(), s.api(),
                evidence(inspected), s.fromOtherAxis());
        return new Ledger.Accepted(accepted.receipt().withVerification(inspected.report().summary()),
                accepted.queued(), accepted.available());
    }

    /** Hands the copies to the delivery queue; the receipt is the answer. */
    public Receipt publish(Ledger.Accepted accepted, Submission s, String kind) {
        ledger.publish(accepted);
        Receipt receipt = accepted.receipt();
        metrics.packageReceived(s.api(), kind, receipt.duplicate() ? "duplicate" : "accepted", "");
        return receipt;
    }

    /** Counts, audits and logs a refusal. */
    public void refused(AxisException e, Submission s, SpooledPackage spooled, String kind) {
        metrics.packageReceived(s.api(), kind == null ? "unknown" : kind, "refused", e.code().wireName());
        audit.record("client:" + s.client().clientId(), "package-refused", spooled == null ? null : spooled.sha256(),
                e.code().wireName() + ": " + e.detail());
        log.info("Refused a {} package from client {}: {}", s.api(), s.client().clientId(), e.getMessage());
    }

    /** The spool file is the ledger's business no longer (it copied the bytes, or the package was refused). */
    public void discard(SpooledPackage spooled) {
        if (spooled != null) {
            Spool.delete(spooled.file());
        }
    }

    private static String evidence(InspectedPackage inspected) {
        try {
            return JSON.writeValueAsString(inspected.report());
        } catch (JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot render the verification report", null, e);
        }
    }
}
