package vn.lienthong.axis.trust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Recognises the SAMPLE PKI of {@code certs-sample/} (whose private keys are published) whatever a file
 * is called: by the SHA-256 of the certificate or of its public key, listed in {@value #RESOURCE} (written
 * by {@code keys sample-pki}, see {@code certs-sample/generate.sh}), or by the "SAMPLE — NOT FOR
 * PRODUCTION" marker in its subject or issuer.
 */
public final class SampleCertificates {
    /** The words every sample subject carries. */
    public static final String MARK = "SAMPLE — NOT FOR PRODUCTION";
    /** Classpath resource beside this class: {@code cert|key <sha256 hex> <file stem>} per line. */
    public static final String RESOURCE = "sample-pki-fingerprints.txt";
    private static final String MARK_LETTERS = letters(MARK);
    private static final Set<String> LISTED = load();

    private SampleCertificates() {}

    /** Why {@code cert} is a SAMPLE certificate, or empty if it is not one. */
    public static Optional<String> why(X509Certificate cert) {
        String subject = Certificates.subject(cert);
        if (LISTED.contains("cert " + Certificates.sha256(cert))) {
            return Optional.of(subject + " is a certificate of the SAMPLE PKI (SHA-256 " + Certificates.sha256(cert)
                    + "), whose private keys are published");
        }
        if (LISTED.contains("key " + keySha256(cert))) {
            return Optional.of(subject + " carries a public key of the SAMPLE PKI, whose private keys are published");
        }
        if (carriesMark(subject) || carriesMark(Certificates.issuer(cert))) {
            return Optional.of(subject + " (issuer " + Certificates.issuer(cert) + ") is marked " + MARK);
        }
        return Optional.empty();
    }

    public static boolean isSample(X509Certificate cert) {
        return why(cert).isPresent();
    }

    /** True if a distinguished name says "SAMPLE — NOT FOR PRODUCTION", whatever its dashes, spaces or case. */
    static boolean carriesMark(String dn) {
        return dn != null && letters(dn).contains(MARK_LETTERS);
    }

    /** The list file for these certificates (by file stem), in the format of {@value #RESOURCE}. */
    public static String render(Map<String, X509Certificate> byStem) {
        StringBuilder s = new StringBuilder("# SHA-256 of every SAMPLE PKI certificate (cert) and public key (key),"
                + " refused outside the local/test profiles.\n# Written by `keys sample-pki`; do not edit.\n");
        byStem.forEach((stem, c) -> s.append("cert ").append(Certificates.sha256(c)).append(' ').append(stem)
                .append('\n'));
        byStem.forEach((stem, c) -> s.append("key ").append(keySha256(c)).append(' ').append(stem).append('\n'));
        return s.toString();
    }

    /** Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo. */
    public static String keySha256(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(cert.getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 is not available", null, e);
        }
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Set<String> load() {
        Set<String> entries = new HashSet<>();
        try (InputStream in = SampleCertificates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "the SAMPLE PKI list " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && (f[0].equals("cert") || f[0].equals("key"))) {
                    entries.add(f[0] + " " + f[1].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
