package vn.lienthong.axis.api.admin;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.console.AuditQuery;
import vn.lienthong.axis.directory.AuditLog;

/**
 * The audit log for tools: who did what, when (admin and console actions, refused packages). Filters:
 * {@code person} (login, or the X-Operator name), {@code action}, {@code agency}, {@code from}/{@code to}
 * (days in Vietnam time, inclusive); newest first; {@code beforeId} pages on.
 */
@RestController
@RequestMapping("/admin/api/v1/audit")
public class AdminAuditController {
    private final AuditQuery audit;

    public AdminAuditController(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping
    public List<AuditLog.Entry> search(@RequestParam(required = false) String person,
                                       @RequestParam(required = false) String action,
                                       @RequestParam(required = false) String agency,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) Long beforeId,
                                       @RequestParam(defaultValue = "100") int limit) {
        return audit.search(new AuditQuery.Filter(person, action, agency, from, to, beforeId, limit));
    }
}
