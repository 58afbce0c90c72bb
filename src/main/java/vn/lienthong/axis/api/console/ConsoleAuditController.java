package vn.lienthong.axis.api.console;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienthong.axis.console.AuditQuery;

/** Nhật ký: the audit log by person, action, agency and day (admin and auditor; see the console chain). */
@Controller
class ConsoleAuditController {
    static final int PAGE = 100;
    private final AuditQuery audit;

    ConsoleAuditController(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/console/audit")
    String search(@RequestParam(required = false) String person, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String agency,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Long beforeId, Model model) {
        var entries = audit.search(new AuditQuery.Filter(person, action, agency, from, to, beforeId, PAGE));
        model.addAttribute("entries", entries);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("next", entries.size() == PAGE ? entries.get(PAGE - 1).id() : null);
        return "console/audit";
    }
}
