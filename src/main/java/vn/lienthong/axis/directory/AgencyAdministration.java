package vn.lienthong.axis.directory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Certificates;
import vn.lienthong.axis.trust.SamplePkiGate;

/**
 * Quản lý cơ quan: creates, changes, suspends and shows agencies with their signing certificates (SAMPLE ones
 * refused outside the local and test profiles, before anything is stored), and retires or removes a certificate
 * (rollover: the successor is added beside it first); each change audited under the acting person. The admin
 * API and the console both call it: the rules are here once.
 */
@Service
public class AgencyAdministration {
    private static final String WIRE_VALUES = "mode must be pull|push|upstream|peer, signaturePolicy"
            + " required|if-present|off, status active|suspended";
    private final AgencyRepository agencies;
    private final CertificateRollover rollover;
    private final AuditLog audit;
    private final SamplePkiGate samples;

    public AgencyAdministration(AgencyRepository agencies, CertificateRollover rollover, AuditLog audit,
                                SamplePkiGate samples) {
        this.agencies = agencies;
        this.rollover = rollover;
        this.audit = audit;
        this.samples = samples;
    }

    /**
     * An agency as the edges give and show it, in wire names. Given: {@code local} defaults to true, {@code mode}
     * to pull, {@code signaturePolicy} to required, {@code status} to active; {@code signingCertificates} are PEMs
     * to add. Shown: {@code signingCertificates} are the SHA-256 fingerprints of the registered ones.
     */
    public record Entry(String code, String name, String parentCode, Boolean local, String mode, String endpoint,
                        List<String> signingCertificates, String signaturePolicy, String status) {}

    @Transactional
    public Entry create(Entry entry, String actor) {
        Agency a = toAgency(entry.code(), entry);
        if (agencies.find(a.code()).isPresent()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "agency " + a.code() + " exists; use PUT to change it",
                    "code");
        }
        save(a, entry, actor, "agency-created");
        return get(a.code());
    }

    /** Changes the agency {@code code} (the entry's own code is not read) and adds the certificates given. */
    @Transactional
    public Entry update(String code, Entry entry, String actor) {
        Agency a = toAgency(code, entry);
        save(a, entry, actor, "agency-updated");
        return get(a.code());
    }

    /** Suspends the agency, keeping everything else as it is (audited as an update). */
    @Transactional
    public Entry suspend(String code, String actor) {
        Entry e = get(code);
        return update(e.code(), new Entry(e.code(), e.name(), e.parentCode(), e.local(), e.mode(), e.endpoint(), null,
                e.signaturePolicy(), "suspended"), actor);
    }

    public Entry get(String code) {
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        Agency a = agencies.find(normalised).orElseThrow(() -> new AxisException(AxisErrorCode.NOT_FOUND,
                "no agency " + normalised, "code"));
        return entry(a, agencies.certificateFingerprints(a.code()));
    }

    /** Agencies whose code or name contains {@code q} (all when null), at most 500, without their certificates. */
    public List<Entry> search(String q) {
        return agencies.search(q, 500).stream().map(a -> entry(a, List.of())).toList();
    }

    /** Sets (or with null clears) the time from which the certificate is no longer accepted. */
    public void retireCertificate(String code, String sha256, OffsetDateTime at, String actor) {
        String agency = code.trim().toUpperCase(Locale.ROOT);
        if (!rollover.retire(agency, sha256.toLowerCase(Locale.ROOT), at)) {
            throw noCertificate(agency, sha256);
        }
        audit.record(actor, "agency-certificate-retired", agency, sha256 + " from " + at);
    }

    public void removeCertificate(String code, String sha256, String actor) {
        String agency = code.trim().toUpperCase(Locale.ROOT);
        if (!rollover.remove(agency, sha256.toLowerCase(Locale.ROOT))) {
            throw noCertificate(agency, sha256);
        }
        audit.record(actor, "agency-certificate-removed", agency, sha256);
    }

    private void save(Agency a, Entry entry, String actor, String action) {
        List<String> pems = entry.signingCertificates() == null ? List.of() : entry.signingCertificates();
        List<X509Certificate> certs = pems.stream().map(AgencyAdministration::parse).toList();
        certs.forEach(c -> samples.refuseSample(c, "signingCertificates")); // like trust anchors, before storing
        agencies.upsert(a, "admin");
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate c = certs.get(i);
            agencies.addCertificate(a.code(), Certificates.sha256(c), c.getSubjectX500Principal().getName(),
                    OffsetDateTime.ofInstant(c.getNotAfter().toInstant(), ZoneOffset.UTC), pems.get(i));
        }
        audit.record(actor, action, a.code(), "mode=" + a.mode().wireName() + " endpoint=" + a.endpoint()
                + " status=" + (a.active() ? "active" : "suspended"));
    }

    private static Entry entry(Agency a, List<String> fingerprints) {
        return new Entry(a.code(), a.name(), a.parentCode(), a.local(), a.mode().wireName(), a.endpoint(),
                fingerprints, a.signaturePolicy().wireName(), a.active() ? "active" : "suspended");
    }

    private static Agency toAgency(String code, Entry e) {
        if (code == null || code.isBlank() || e.name() == null || e.name().isBlank()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, "code and name are required", code == null ? "code" : "name");
        }
        String status = e.status() == null ? "active" : e.status();
        if (!status.equals("active") && !status.equals("suspended")) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, WIRE_VALUES, "status");
        }
        try {
            return new Agency(code.trim().toUpperCase(Locale.ROOT), e.name(), e.parentCode(),
                    e.local() == null || e.local(), DeliveryMode.fromWire(e.mode() == null ? "pull" : e.mode()),
                    e.endpoint(), SignaturePolicy.fromWire(e.signaturePolicy() == null ? "required" : e.signaturePolicy()),
                    status.equals("active"));
        } catch (IllegalArgumentException ex) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, WIRE_VALUES, "mode");
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

    private static AxisException noCertificate(String agency, String sha256) {
        return new AxisException(AxisErrorCode.NOT_FOUND, "agency " + agency + " has no certificate " + sha256, "sha256");
    }
}
