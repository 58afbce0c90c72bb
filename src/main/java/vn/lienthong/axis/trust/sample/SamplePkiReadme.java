package vn.lienthong.axis.trust.sample;

import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;

/** Renders {@code certs-sample/README.md}: every file and its purpose. */
final class SamplePkiReadme {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private SamplePkiReadme() {}

    static String render(SamplePki pki) {
        StringBuilder s = new StringBuilder();
        s.append("""
            # certs-sample — the SAMPLE PKI (NOT FOR PRODUCTION)

            Keys and certificates for the `local` and `test` profiles, the tests and demonstrations.
            Every subject says "%s"; every PKCS#12 password is `%s`.
            The private keys are public: never trust this root outside a developer machine. Outside the `local`/`test`
            profiles the axis refuses these certificates whatever the file is called: by the SHA-256 of each certificate
            and public key (listed in the jar, `src/main/resources/vn/lienthong/axis/trust/sample-pki-fingerprints.txt`)
            and by the marker in their subjects.

            Regenerate with `certs-sample/generate.sh` (builds the jar if needed, runs
            `java -jar target/lienthong-axis.jar keys sample-pki --out certs-sample` and adds the new fingerprints to
            the jar's list), then commit the folder and the list.
            Regenerating replaces every key: anything signed with the old ones stops verifying.

            Each `<name>.pem` holds the certificate; each `<name>.p12` holds its private key with the chain
            (leaf, issuers, root), alias `<name>`.

            | file stem | purpose | key, signed with | not after |
            |---|---|---|---|
            """.formatted(SamplePki.MARK, SamplePki.PASSWORD));
        for (Map.Entry<String, IssuedCertificate> e : pki.entries().entrySet()) {
            X509Certificate c = e.getValue().certificate();
            s.append("| `").append(e.getKey()).append("` | ").append(pki.purposes().get(e.getKey()))
                    .append(" | ").append(keyDescription(c)).append(" | ")
                    .append(DAY.format(c.getNotAfter().toInstant())).append(" |\n");
        }
        s.append("""

            Other files:
            - `sample-intermediate-ca.crl` — the intermediate's CRL, listing `sample-revoked-signing`
              (nextUpdate %s, so it stays fresh; configure it as a CRL file since the sample
              certificates carry no distribution point).
            - `sample-truststore.p12` — PKCS#12 trust store holding `sample-root-ca` (for TLS clients, and the CAs of
              client certificates in the `tls` profile).
            - `%s.p12` — a copy of `sample-agency-000.00.00.h99-rsa-signing.p12` under the name used in STYLE.md.
            - `generate.sh` — regenerates this folder.

            Negative certificates name agency 000.00.01.H99 so that only the intended check fails.
            """.formatted(DAY.format(pki.intermediateCrl().getNextUpdate().toInstant()),
                SamplePkiWriter.STYLE_ALIAS));
        return s.toString();
    }

    private static String keyDescription(X509Certificate c) {
        var key = c.getPublicKey();
        if (key instanceof java.security.interfaces.RSAPublicKey rsa) {
            return "RSA-" + rsa.getModulus().bitLength() + ", " + c.getSigAlgName();
        }
        return "EC P-256, " + c.getSigAlgName();
    }
}
