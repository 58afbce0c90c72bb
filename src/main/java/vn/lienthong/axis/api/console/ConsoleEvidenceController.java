package vn.lienthong.axis.api.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.axis.api.EvidenceContainerDownload;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.duties.DutyService;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.evidence.container.EvidenceContainers;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.StoredPackage;

/**
 * Chứng cứ và nghĩa vụ (admins and auditors): a package's signed receipts (as its sender gets them), its
 * verification report and its evidence container; and the duty report for a period and an agency. The receipts,
 * the container and the report are the evidence and duty services' own, as the APIs give them.
 */
@Controller
class ConsoleEvidenceController {
    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    private final LedgerRepository ledger;
    private final Receipts receipts;
    private final EvidenceContainers containers;
    private final DutyService duties;
    private final AuditLog audit;

    ConsoleEvidenceController(LedgerRepository ledger, Receipts receipts, EvidenceContainers containers,
                              DutyService duties, AuditLog audit) {
        this.ledger = ledger;
        this.receipts = receipts;
        this.containers = containers;
        this.duties = duties;
        this.audit = audit;
    }

    @GetMapping("/console/packages/{axisId}/evidence")
    String evidence(@PathVariable String axisId, Model model) {
        StoredPackage p = find(axisId);
        model.addAttribute("pkg", p);
        model.addAttribute("receipts", receipts.deliveries(axisId, p.from()));
        model.addAttribute("hasReport", ledger.findVerificationReport(axisId).isPresent());
        return "console/evidence";
    }

    @GetMapping("/console/packages/{axisId}/receipts/acceptance")
    ResponseEntity<String> acceptance(@PathVariable String axisId, @AuthenticationPrincipal ConsolePerson person) {
        StoredPackage p = find(axisId);
        return download(person, axisId, "acceptance", receipts.acceptance(axisId, p.from()), XML, "acceptance.xml");
    }

    @GetMapping("/console/packages/{axisId}/receipts/{eventId}")
    ResponseEntity<String> delivery(@PathVariable String axisId, @PathVariable long eventId,
                                    @AuthenticationPrincipal ConsolePerson person) {
        StoredPackage p = find(axisId);
        Receipts.Issued r = receipts.deliveries(axisId, p.from()).stream().filter(i -> i.eventId() == eventId)
                .findFirst().orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND, "no delivery receipt "
                        + eventId + " of package " + axisId, "eventId"));
        return download(person, axisId, "receipt " + eventId, r.xml(), XML, r.type() + "-" + eventId + ".xml");
    }

    @GetMapping("/console/packages/{axisId}/verification-report")
    ResponseEntity<String> report(@PathVariable String axisId, @AuthenticationPrincipal ConsolePerson person) {
        StoredPackage p = find(axisId);
        return download(person, axisId, "verification report", receipts.verificationReport(axisId, p.from()),
                MediaType.APPLICATION_JSON, "verification-report.json");
    }

    @GetMapping("/console/packages/{axisId}/container")
    void container(@PathVariable String axisId, @AuthenticationPrincipal ConsolePerson person,
                   HttpServletResponse response) throws IOException {
        find(axisId);
        audit.record(person.actor(), "console-evidence-downloaded", axisId, "evidence container");
        EvidenceContainerDownload.stream(containers.prepareForAuditor(axisId), axisId, response);
    }

    /** Nghĩa vụ tiếp nhận, xử lý: the duty report, read by {@link vn.lienthong.axis.duties.DutyPeriod} as the admin API's (the last 7 days by default). */
    @GetMapping("/console/duties")
    String duties(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String agency, Model model) {
        model.addAttribute("report", duties.report(duties.period(from, to, agency)));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("agency", agency);
        return "console/duties";
    }

    private ResponseEntity<String> download(ConsolePerson person, String axisId, String what, String body,
                                            MediaType type, String name) {
        audit.record(person.actor(), "console-evidence-downloaded", axisId, what);
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(axisId + "-" + name).build().toString()).body(body);
    }

    private StoredPackage find(String axisId) {
        return ledger.findPackage(axisId).orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND,
                "no package " + axisId, "axisId"));
    }
}
