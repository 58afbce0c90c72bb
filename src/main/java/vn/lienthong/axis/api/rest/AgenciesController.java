package vn.lienthong.axis.api.rest;

import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.ClientAuthenticator;

/** The directory, for client systems choosing recipients. */
@RestController
public class AgenciesController {
    private final ClientAuthenticator auth;
    private final AgencyRepository agencies;

    public AgenciesController(ClientAuthenticator auth, AgencyRepository agencies) {
        this.auth = auth;
        this.agencies = agencies;
    }

    public record AgencyView(String code, String name, String parentCode, boolean local, String mode, String status) {}

    @GetMapping("/api/v1/agencies")
    public List<AgencyView> search(@RequestParam(required = false) String q,
                                   @RequestParam(defaultValue = "100") int limit,
                                   @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authz,
                                   @RequestHeader(value = "X-Agency", required = false) String agency,
            @RequestAttribute(name = ClientAuthenticator.CERTIFICATE_ATTRIBUTE, required = false) X509Certificate[] tlsClient) {
        auth.authenticate(authz, agency, tlsClient);
        return agencies.search(q, limit).stream()
                .map(a -> new AgencyView(a.code(), a.name(), a.parentCode(), a.local(), a.mode().wireName(),
                        a.active() ? "active" : "suspended"))
                .toList();
    }
}
