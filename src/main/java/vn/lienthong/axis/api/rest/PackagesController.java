package vn.lienthong.axis.api.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.api.EvidenceContainerDownload;
import vn.lienthong.axis.api.edge.RestOfBody;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.evidence.container.EvidenceContainers;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.Intake;
import vn.lienthong.axis.intake.MultipartPackageStream;
import vn.lienthong.axis.ledger.Receipt;
import vn.lienthong.axis.ledger.Trace;

/** Submit a package, fetch its original bytes, follow its trace, get its signed receipts and verification report. */
@RestController
@RequestMapping("/api/v1/packages")
public class PackagesController {
    private final Intake intake;
    private final Mailbox mailbox;
    private final Trace trace;
    private final Receipts receipts;
    private final EvidenceContainers containers;

    public PackagesController(Intake intake, Mailbox mailbox, Trace trace, Receipts receipts,
                              EvidenceContainers containers) {
        this.intake = intake;
        this.mailbox = mailbox;
        this.trace = trace;
        this.receipts = receipts;
        this.containers = containers;
    }

    /**
     * Raw body (application/xml or application/octet-stream), or the part {@code package} of a
     * multipart/form-data body: 202 with the receipt, 200 for an identical re-send.
     */
    @PostMapping
    public ResponseEntity<Receipt> submit(HttpServletRequest request, @AuthenticationPrincipal ActingClient client)
            throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        Receipt receipt;
        if (type.startsWith("multipart/form-data")) {
            receipt = intake.submit(RestOfBody.readToTheEnd(MultipartPackageStream.open(request.getInputStream(),
                    request.getContentType()), request.getInputStream()), -1, client, "rest");
        } else if (type.isEmpty() || type.startsWith("application/xml") || type.startsWith("text/xml")
                || type.startsWith("application/octet-stream")) {
            receipt = intake.submit(request.getInputStream(), request.getContentLengthLong(), client, "rest");
        } else {
            throw new AxisException(AxisErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the package as application/xml,"
                    + " application/octet-stream, or the part \"package\" of multipart/form-data", "Content-Type");
        }
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(receipt);
    }

    /** The original bytes, for the sender and the recipients; ETag = SHA-256. */
    @GetMapping("/{axisId}")
    public ResponseEntity<Resource> get(@PathVariable String axisId, @AuthenticationPrincipal ActingClient client,
                                        @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Mailbox.Opened opened = mailbox.open(axisId, client.actingAgency());
        String etag = "\"" + opened.pkg().sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).contentType(MediaType.APPLICATION_XML)
                .contentLength(opened.pkg().size())
                .header("X-Axis-Id", opened.pkg().axisId())
                .body(new FileSystemResource(opened.file()));
    }

    /** Where each copy is: for the sender only. */
    @GetMapping("/{axisId}/trace")
    public Trace.View trace(@PathVariable String axisId, @AuthenticationPrincipal ActingClient client) {
        return trace.of(axisId, client.actingAgency());
    }

    /** The acceptance receipt signed by the axis (XML-DSig, docs/evidence.md): for the sender only. */
    @GetMapping(value = "/{axisId}/receipt", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<String> receipt(@PathVariable String axisId,
            @AuthenticationPrincipal ActingClient client) {
        return ResponseEntity.ok().contentType(XML_UTF8).body(receipts.acceptance(axisId, client.actingAgency()));
    }

    /** Signed delivery receipts: every copy's for the sender, its own copy's for a recipient. */
    @GetMapping("/{axisId}/receipts")
    public List<Receipts.Issued> deliveryReceipts(@PathVariable String axisId,
            @AuthenticationPrincipal ActingClient client) {
        return receipts.deliveries(axisId, client.actingAgency());
    }

    /** The verification report kept at intake (the JSON of {@code package verify}): sender and recipients. */
    @GetMapping(value = "/{axisId}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> verification(@PathVariable String axisId,
            @AuthenticationPrincipal ActingClient client) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(receipts.verificationReport(axisId, client.actingAgency()));
    }

    /**
     * The evidence container (ASiC-E: package, verification report, signed receipts, trace, manifest signed
     * by the axis; docs/evidence.md): sender and recipients. Streamed; refusals come before the first byte.
     */
    @GetMapping("/{axisId}/evidence")
    public void evidence(@PathVariable String axisId, @AuthenticationPrincipal ActingClient client,
                         HttpServletResponse response) throws IOException {
        EvidenceContainerDownload.stream(containers.prepare(axisId, client.actingAgency()), axisId, response);
    }

    private static final MediaType XML_UTF8 = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);
}
