package vn.lienthong.axis.api.admin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.axis.directory.Agency;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.directory.AuditLog;
import vn.lienthong.axis.directory.DeliveryMode;
import vn.lienthong.axis.directory.SignaturePolicy;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.SamplePkiGate;

/** Register and change agencies (with their signing certificates). */
@RestController
@RequestMapping("/admin/api/v1/agencies")
public class AdminAgenciesController {
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final SamplePkiGate samples;

    public AdminAgenciesController(AgencyRepository agencies, AuditLog audit, SamplePkiGate samples) {
        this.agencies = agencies;
        this.audit = audit;
        this.samples = samples;
    }

    /** Request and answer body. {@code local} defaults to true, {@code mode} to pull, {@code status} to active. */
    public record AgencyBody(String code, String name, String parentCode, Boolean local, String mode, String endpoint,
                             List<String> signingCertificates, String signaturePolicy, String status) {}

    @PostMapping
    @Transactional
    public ResponseEntity<AgencyBody> create(@RequestBody AgencyBody body,
                                             @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        Agency a = toAgency(body.code(), body);
        if (agencies.find(a.code()).isPresent()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "agency " + a.code() + " exists; use PUT to change it",
                    "code");
        }
        save(a, body, actor, "agency-created");
        return ResponseEntity.status(HttpStatus.CREATED).body(view(a.code()));
    }

    @PutMapping("/{code}")
    @Transactional
    public AgencyBody update(@PathVariable String code, @RequestBody AgencyBody body,
                             @AuthenticationPrincipal AdminActor admin) {
        String actor = admin.name();
        Agency a = toAgency(code, body);
        save(a, body, actor, "agency-updated");
        return view(a.code());
    }

    @GetMapping("/{code}")
    public AgencyBody get(@PathVariable String code) {
        return view(code.trim().toUpperCase(Locale.ROOT));
    }

    @GetMapping
    public List<AgencyBody> search(@RequestParam(required = false) String q) {
        return agencies.search(q, 500).stream().map(a -> view(a, List.of())).toList();
    }

    private void save(Agency a, AgencyBody body, String actor, String action) {
        List<String> pems = body.signingCertificates() == null ? List.of() : body.signingCertificates();
        List<X509Certificate> certs = pems.stream().map(AdminAgenciesController::parse).toList();
        certs.forEach(c -> samples.refuseSample(c, "signingCertificates")); // like trust anchors, before storing
        agencies.upsert(a, "admin");
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate c = certs.get(i);
            agencies.addCertificate(a.code(), fingerprint(c), c.getSubjectX500Principal().getName(),
                    OffsetDateTime.ofInstant(c.getNotAfter().toInstant(), ZoneOffset.UTC), pems.get(i));
        }
        audit.record(actor, action, a.code(), "mode=" + a.mode().wireName() + " endpoint=" + a.endpoint()
                + " status=" + (a.active() ? "active" : "suspended"));
    }

    private AgencyBody view(String code) {
        Agency a = agencies.find(code).orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND,
                "no agency " + code, "code"));
        return view(a, agencies.certificateFingerprints(a.code()));
    }

    private static AgencyBody view(Agency a, List<String> fingerprints) {
        return new AgencyBody(a.code(), a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                fingerprints, a.signaturePolicy().wireName(), a.active() ? "active" : "suspended");
    }

    private static final String AGENCY_WIRE_VALUES = "mode must be pull|push|upstream|peer, signaturePolicy"
            + " required|if-present|off, status active|suspended";

    private static Agency toAgency(String code, AgencyBody b) {
        if (code == null || code.isBlank() || b.name() == null || b.name().isBlank()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "code and name are required", code == null ? "code" : "name");
        }
        String status = b.status() == null ? "active" : b.status();
        if (!status.equals("active") && !status.equals("suspended")) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, AGENCY_WIRE_VALUES, "status");
        }
        try {
            return new Agency(code.trim().toUpperCase(Locale.ROOT), b.name(), b.parentCode(),
                    b.local() == null || b.local(), DeliveryMode.fromWire(b.mode() == null ? "pull" : b.mode()),
                    b.endpoint(), SignaturePolicy.fromWire(b.signaturePolicy() == null ? "required" : b.signaturePolicy()),
                    status.equals("active"));
        } catch (IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, AGENCY_WIRE_VALUES, "mode");
        }
    }

    private static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "a signing certificate is not a PEM X.509 certificate",
                    "signingCertificates");
        }
    }

    private static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (Exception e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot fingerprint the certificate", null, e);
        }
    }
}
