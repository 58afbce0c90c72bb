package vn.lienthong.axis.api.vxp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.api.edge.RestOfBody;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.delivery.PullQueue;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.federation.vxp.VxpEnvelope;
import vn.lienthong.axis.federation.vxp.VxpHeaders;
import vn.lienthong.axis.intake.Intake;
import vn.lienthong.axis.intake.MultipartPackageStream;
import vn.lienthong.axis.ledger.Delivery;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.Receipt;

/**
 * The message operations of the national axis API (spec §4.3): send, the pull list, fetch, transport
 * status, counts. {@code docId} is the axis id; logical values come only from the signed headers.
 */
@RestController
@RequestMapping("${axis.vxp.base-path:/vxp}")
class VxpMessagesController {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_LIMIT = 1000;
    private final Intake intake;
    private final Mailbox mailbox;
    private final PullQueue queue;

    VxpMessagesController(Intake intake, Mailbox mailbox, PullQueue queue) {
        this.intake = intake;
        this.mailbox = mailbox;
        this.queue = queue;
    }

    /** Raw octet-stream (SDK: file bytes + CRLF) or multipart/form-data (part {@code file_doc} or the first file). */
    @RequestMapping(path = "/sendEdoc", method = {RequestMethod.POST, RequestMethod.PUT})
    VxpEnvelope sendEdoc(HttpServletRequest request,
                         @RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) throws IOException {
        String from = caller.ownAgency("from");
        kind(caller.value("messagetype"));
        String hashFile = caller.required(VxpHeaders.HASH_FILE);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        InputStream body;
        long length;
        if (type.startsWith("multipart/form-data")) {
            body = RestOfBody.readToTheEnd(MultipartPackageStream.open(request.getInputStream(),
                    request.getContentType(), "file_doc", true), request.getInputStream());
            length = -1;
        } else {
            body = request.getInputStream();
            length = request.getContentLengthLong() < 0 ? -1 : Math.max(0, request.getContentLengthLong() - 2);
        }
        ActingClient client = new ActingClient(caller.system().clientId(), caller.system().name(), Set.of(from), from);
        Receipt receipt = intake.submit(new HashCheckedBody(body, hashFile), length, client, "vxp");
        return VxpEnvelope.sent(receipt.axisId());
    }

    @RequestMapping(path = "/getReceivedEdocList", method = {RequestMethod.POST, RequestMethod.GET})
    VxpEnvelope received(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        PackageKind kind = kind(caller.value("messagetype"));
        List<Mailbox.Item> items = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (String agency : caller.agencies()) {
            String after = null;
            do {
                Mailbox.Page page = mailbox.list(agency, kind, after, 500);
                page.items().forEach(i -> recipients.add(agency));
                items.addAll(page.items());
                after = page.nextCursor();
            } while (after != null && items.size() < LIST_LIMIT);
        }
        Set<Long> processing = queue.processing(items.stream().map(Mailbox.Item::cursor).toList());
        ArrayNode data = JSON.createArrayNode();
        for (int i = 0; i < items.size(); i++) {
            Mailbox.Item item = items.get(i);
            boolean busy = processing.contains(item.cursor());
            data.addObject().put("docId", item.axisId()).put("serviceType", "eDoc")
                    .put("messageType", kind == PackageKind.STATUS ? "status" : "edoc")
                    .put("created_time", item.receivedAt().toString()).put("updated_time", item.receivedAt().toString())
                    .put("from", item.from()).put("to", recipients.get(i))
                    .put("status", busy ? "processing" : "initial")
                    .put("status_desc", busy ? "Đang xử lý" : "Chưa nhận");
        }
        return VxpEnvelope.ok("OK", data);
    }

    /** {@code data} = base64 of the original bytes, encoded while streaming from the blob. */
    @RequestMapping(path = "/getEdoc", method = {RequestMethod.POST, RequestMethod.GET})
    void getEdoc(HttpServletResponse response, @RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller)
            throws IOException {
        Mailbox.Opened opened = open(caller.required("docId"), caller.agencies());
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        OutputStream out = response.getOutputStream();
        out.write("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"OK\",\"DocId\":".getBytes(StandardCharsets.UTF_8));
        out.write(JSON.writeValueAsBytes(opened.pkg().axisId()));
        out.write(",\"data\":\"".getBytes(StandardCharsets.UTF_8));
        try (OutputStream b64 = Base64.getEncoder().wrap(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the envelope continues after the data
            }
        })) {
            Files.copy(opened.file(), b64);
        }
        out.write("\"}".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The raw package bytes. */
    @RequestMapping(path = "/downloadEdoc", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Resource> downloadEdoc(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        Mailbox.Opened opened = open(caller.required("docId"), caller.agencies());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(opened.pkg().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + opened.pkg().axisId() + ".edxml\"")
                .body(new FileSystemResource(opened.file()));
    }

    /** done → acknowledged; fail → acknowledged as failed with the description; processing → recorded, stays pending. */
    @RequestMapping(path = "/updateStatus", method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.GET})
    VxpEnvelope updateStatus(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        String docId = caller.value("docId") != null ? caller.value("docId") : caller.required("docid");
        String status = caller.required("status").toLowerCase(Locale.ROOT);
        String description = caller.value("description");
        Delivery copy = queue.copyFor(docId, caller.agencies());
        switch (status) {
            case "done", "fail" -> mailbox.acknowledge(docId, copy.recipient(), status.equals("done"), description);
            case "processing" -> queue.recordProcessing(copy, description);
            default -> throw new AxisException(AxisErrorCode.BAD_REQUEST,
                    "status must be done, fail or processing, not " + status, "XroadVnpt-status");
        }
        return new VxpEnvelope(VxpEnvelope.OK, "0", "Cập nhật trạng thái thành công: " + status, null, docId, null);
    }

    @RequestMapping(path = "/countReceiveEdoc", method = {RequestMethod.GET, RequestMethod.POST})
    VxpEnvelope countEdoc(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        return VxpEnvelope.counted(queue.countPending(caller.agencies(), PackageKind.DOCUMENT));
    }

    @RequestMapping(path = "/countReceiveStatus", method = {RequestMethod.GET, RequestMethod.POST})
    VxpEnvelope countStatus(@RequestAttribute(VxpAuth.CALLER) VxpAuth.Caller caller) {
        return VxpEnvelope.counted(queue.countPending(caller.agencies(), PackageKind.STATUS));
    }

    private Mailbox.Opened open(String axisId, Set<String> agencies) {
        for (String agency : agencies) {
            try {
                return mailbox.open(axisId, agency);
            } catch (AxisException e) {
                if (e.code() != AxisErrorCode.NOT_FOUND) {
                    throw e;
                }
            }
        }
        throw new AxisException(AxisErrorCode.NOT_FOUND, "no package " + axisId + " for this client's agencies",
                "XroadVnpt-docId");
    }

    /** {@code edoc} (default) or {@code status}. */
    static PackageKind kind(String messageType) {
        if (messageType == null || messageType.equalsIgnoreCase("edoc")) {
            return PackageKind.DOCUMENT;
        }
        if (messageType.equalsIgnoreCase("status")) {
            return PackageKind.STATUS;
        }
        throw new AxisException(AxisErrorCode.BAD_REQUEST, "messagetype must be edoc or status, not " + messageType,
                "XroadVnpt-messagetype");
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
