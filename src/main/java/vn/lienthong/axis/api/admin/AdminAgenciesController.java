package vn.lienthong.axis.api.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AgencyAdministration;
import vn.lienthong.axis.directory.AgencyAdministration.Entry;

/**
 * Register and change agencies (with their signing certificates): the HTTP edge of {@link AgencyAdministration},
 * which holds the checks and the audit. Request and answer bodies are its {@link Entry}.
 */
@RestController
@RequestMapping("/admin/api/v1/agencies")
public class AdminAgenciesController {
    private final AgencyAdministration agencies;

    public AdminAgenciesController(AgencyAdministration agencies) {
        this.agencies = agencies;
    }

    @PostMapping
    public ResponseEntity<Entry> create(@RequestBody Entry body, @AuthenticationPrincipal AdminActor admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(agencies.create(body, admin.name()));
    }

    @PutMapping("/{code}")
    public Entry update(@PathVariable String code, @RequestBody Entry body, @AuthenticationPrincipal AdminActor admin) {
        return agencies.update(code, body, admin.name());
    }

    @GetMapping("/{code}")
    public Entry get(@PathVariable String code) {
        return agencies.get(code);
    }

    @GetMapping
    public List<Entry> search(@RequestParam(required = false) String q) {
        return agencies.search(q);
    }
}
