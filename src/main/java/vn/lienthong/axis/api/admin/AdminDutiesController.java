package vn.lienthong.axis.api.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.duties.CopyFacts;
import vn.lienthong.axis.duties.DutyCheck;
import vn.lienthong.axis.duties.DutyReport;
import vn.lienthong.axis.duties.DutyService;
import vn.lienthong.axis.duties.WorkingCalendar;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Legal duties of receipt and handling of local units: {@code GET /admin/api/v1/duties?from=&to=&agency=}
 * as JSON, or CSV ({@code Accept: text/csv} or {@code format=csv}). {@code from}/{@code to} are ISO
 * instants or dates (a date means its start in the calendar's zone); default the last 7 days.
 */
@RestController
@RequestMapping("/admin/api/v1/duties")
public class AdminDutiesController {
    private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9.\\-]{1,35}");
    private static final Duration MAX_PERIOD = Duration.ofDays(366);
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
        WorkingCalendar cal = duties.calendar();
        Instant now = duties.now();
        Instant end = to == null ? now : instant(to, cal.zone(), "to");
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : instant(from, cal.zone(), "from");
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "from must be before to, at most 366 days apart", "from");
        }
        String unit = agency == null || agency.isBlank() ? null : checked(agency);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "format must be json or csv", "format");
        }
        List<CopyFacts> copies = duties.copies(start, end, unit);
        if (csv) {
            return ResponseEntity.ok().contentType(CSV).body(DutyCsv.write(DutyReport.checks(cal, copies, now)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(DutyReport.of(start, end, unit, now, cal, copies));
    }

    private static Instant instant(String s, ZoneId zone, String field) {
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, field + " must be an ISO date (2026-05-04) or instant"
                    + " with offset (2026-05-04T08:00:00+07:00)", field);
        }
    }

    private static String checked(String agency) {
        if (!AGENCY.matcher(agency.trim()).matches()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "agency must be an agency code", "agency");
        }
        return agency.trim().toUpperCase(Locale.ROOT);
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
