package vn.lienthong.axis.intake;

import java.io.InputStream;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.Ledger;
import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.ledger.PipelineMetrics;
import vn.lienthong.axis.ledger.Receipt;

/** Spool → inspect (parse + verify) → authorise the sender → ledger. Shared by every edge. */
@Service
public class IntakeService {
    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private final Spool spool;
    private final IntakeInspector inspector;
    private final Ledger ledger;
    private final PipelineMetrics metrics;
    private final AuditLog audit;
    private final AgencyRepository agencies;

    public IntakeService(Spool spool, IntakeInspector inspector, Ledger ledger, PipelineMetrics metrics,
                         AuditLog audit, AgencyRepository agencies) {
        this.spool = spool;
        this.inspector = inspector;
        this.ledger = ledger;
        this.metrics = metrics;
        this.audit = audit;
        this.agencies = agencies;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

    private static String evidence(InspectedPackage inspected) {
        try {
            return JSON.writeValueAsString(inspected.report());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot render the verification report", null, e);
        }
    }

    private InspectedPackage timedInspection(SpooledPackage spooled, IntakeInspector.SenderCheck sender) {
        long start = System.nanoTime();
        String outcome = "refused";
        try {
            InspectedPackage inspected = inspector.inspect(spooled, sender);
            outcome = "valid";
            return inspected;
        } finally {
            metrics.verification(outcome, java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * @param contentLength the declared length, or -1
     * @param api           the edge: rest, soap, vxp
     */
    public Receipt submit(InputStream body, long contentLength, ActingClient client, String api) {
        return submit(body, contentLength, client, api, false);
    }

    /**
     * A package polled from the national axis or sent by a peer axis, acting for remote agencies:
     * the sender may be any agency that is not local here (a local agency only speaks for itself
     * through its own client), and only local agencies receive copies.
     *
     * @param remote the other axis, e.g. {@code upstream} or {@code peer:hanoi}
     */
    public Receipt submitFromOtherAxis(InputStream body, long contentLength, String remote, String api) {
        return submit(body, contentLength, new ActingClient(remote, remote, Set.of(), null), api, true);
    }

    /** Before the signature is checked or anything decoded: may this client send for {@code from}? */
    private void authorise(String from, ActingClient client, boolean otherAxis) {
        if (otherAxis) {
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

    private Receipt submit(InputStream body, long contentLength, ActingClient client, String api, boolean otherAxis) {
        SpooledPackage spooled = null;
        String kind = "unknown";
        try {
            spool.checkDeclaredLength(contentLength);
            spool.checkFreeSpace();
            spooled = spool.write(body);
            InspectedPackage inspected = timedInspection(spooled, from -> authorise(from, client, otherAxis));
            PackageFacts facts = inspected.facts();
            kind = facts.kind().wireName();
            Receipt receipt = ledger.accept(facts, spooled.file(), client.clientId(), api, evidence(inspected),
                    otherAxis).withVerification(inspected.report().summary());
            metrics.packageReceived(api, kind, receipt.duplicate() ? "duplicate" : "accepted", "");
            return receipt;
        } catch (AxisException e) {
            metrics.packageReceived(api, kind, "refused", e.code().wireName());
            audit.record("client:" + client.clientId(), "package-refused", spooled == null ? null : spooled.sha256(),
                    e.code().wireName() + ": " + e.detail());
            log.info("Refused a {} package from client {}: {}", api, client.clientId(), e.getMessage());
            throw e;
        } finally {
            if (spooled != null) {
                Spool.delete(spooled.file());
            }
        }
    }
}
