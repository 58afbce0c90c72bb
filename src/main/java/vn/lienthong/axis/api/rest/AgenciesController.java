package vn.lienthong.axis.api.rest;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AgencyRepository;

/** The directory, for client systems choosing recipients (any authenticated client). */
@RestController
public class AgenciesController {
    private final AgencyRepository agencies;

    public AgenciesController(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public record AgencyView(String code, String name, String parentCode, boolean local, String mode, String status) {}

    @GetMapping("/api/v1/agencies")
    public List<AgencyView> search(@RequestParam(required = false) String q,
                                   @RequestParam(defaultValue = "100") int limit) {
        return agencies.search(q, limit).stream()
                .map(a -> new AgencyView(a.code(), a.name(), a.parentCode(), a.local(), a.mode().wireName(),
                        a.active() ? "active" : "suspended"))
                .toList();
    }
}
