package vn.lienthong.axis.api.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.lienthong.axis.console.PackageSearch;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.BlobStore;
import vn.lienthong.axis.ledger.LedgerRepository;
import vn.lienthong.axis.ledger.StoredPackage;
import vn.lienthong.axis.ledger.Trace;

/** Gói tin: search, a package's page (header, verification report, every recipient's timeline), download. */
@Controller
class ConsolePackagesController {
    static final int PAGE = 50;
    private final PackageSearch search;
    private final LedgerRepository ledger;
    private final Trace trace;
    private final BlobStore blobs;
    private final ObjectMapper json;
    private final AuditLog audit;

    ConsolePackagesController(PackageSearch search, LedgerRepository ledger, Trace trace, BlobStore blobs,
                              ObjectMapper json, AuditLog audit) {
        this.search = search;
        this.ledger = ledger;
        this.trace = trace;
        this.blobs = blobs;
        this.json = json;
        this.audit = audit;
    }

    @GetMapping("/console/packages")
    String search(@RequestParam(required = false) String id, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String state,
                  @RequestParam(required = false) String after, Model model) {
        PackageSearch.Cursor cursor;
        try {
            cursor = PackageSearch.Cursor.parse(after);
        } catch (java.time.format.DateTimeParseException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "after is not a page cursor", "after");
        }
        model.addAttribute("page", search.search(new PackageSearch.Filter(id, agency, from, to, kind, state, cursor,
                PAGE)));
        return "console/packages";
    }

    @GetMapping("/console/packages/{axisId}")
    String show(@PathVariable String axisId, Model model) throws java.io.IOException {
        StoredPackage p = find(axisId);
        model.addAttribute("pkg", p);
        model.addAttribute("trace", trace.ofCopyOrAll(p, p.from()));
        String report = ledger.findVerificationReport(axisId).orElse(null);
        model.addAttribute("report", report == null ? null : json.readTree(report));
        return "console/package";
    }

    /** The original package as received (admin and auditor only; see the console chain). */
    @GetMapping("/console/packages/{axisId}/original")
    ResponseEntity<FileSystemResource> original(@PathVariable String axisId,
                                                @AuthenticationPrincipal ConsolePerson person) {
        StoredPackage p = find(axisId);
        FileSystemResource body = new FileSystemResource(blobs.readablePath(p.blobKey()));
        audit.record(person.actor(), "console-package-downloaded", axisId, p.documentId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(axisId + ".edxml").build().toString()).body(body);
    }

    private StoredPackage find(String axisId) {
        return ledger.findPackage(axisId).orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND,
                "no package " + axisId, "axisId"));
    }
}
