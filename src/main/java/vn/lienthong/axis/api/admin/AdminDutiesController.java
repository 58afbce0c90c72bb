package vn.lienthong.axis.api.admin;

import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.duties.CopyFacts;
import vn.lienthong.axis.duties.DutyCheck;
import vn.lienthong.axis.duties.DutyPeriod;
import vn.lienthong.axis.duties.DutyService;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Legal duties of receipt and handling of local units: {@code GET /admin/api/v1/duties?from=&to=&agency=}
 * as JSON, or CSV ({@code Accept: text/csv} or {@code format=csv}); the period and agency are read by
 * {@link DutyPeriod} (ISO instants or dates, default the last 7 days).
 */
@RestController
@RequestMapping("/admin/api/v1/duties")
public class AdminDutiesController {
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private final DutyService duties;

    public AdminDutiesController(DutyService duties) {
        this.duties = duties;
    }

    @GetMapping
    public ResponseEntity<?> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String agency,
                                    @RequestParam(required = false) String format,
                                    @RequestHeader(name = "Accept", required = false) String accept) {
        DutyPeriod period = duties.period(from, to, agency);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "format must be json or csv", "format");
        }
        if (csv) {
            return ResponseEntity.ok().contentType(CSV).body(DutyCsv.write(duties.checks(period)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(duties.report(period));
    }

    /** One CSV line per duty check (RFC 4180 quoting). */
    static final class DutyCsv {
        private DutyCsv() {}

        static String write(List<DutyCheck> checks) {
            StringBuilder sb = new StringBuilder(
                    "recipient,document_id,sender,axis_id,duty,available_at,due,done_at,outcome,late_seconds\r\n");
            for (DutyCheck c : checks) {
                CopyFacts f = c.copy();
                sb.append(q(f.recipient())).append(',').append(q(f.documentId())).append(',').append(q(f.sender()))
                        .append(',').append(f.axisId()).append(',').append(c.duty().wireName()).append(',')
                        .append(f.availableAt()).append(',').append(c.due()).append(',')
                        .append(c.doneAt() == null ? "" : c.doneAt().toString()).append(',')
                        .append(c.outcome().wireName()).append(',').append(c.late().toSeconds()).append("\r\n");
            }
            return sb.toString();
        }

        private static String q(String s) {
            if (s == null) {
                return "";
            }
            String t = s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@") ? "'" + s : s;
            return t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")
                    ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
        }
    }
}
