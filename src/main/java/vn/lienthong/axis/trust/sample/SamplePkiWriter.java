package vn.lienthong.axis.trust.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.SampleCertificates;

/**
 * Writes a {@link SamplePki} as {@code sample-*.pem|p12|crl} files plus a README and the fingerprint list
 * ({@link SampleCertificates#RESOURCE}, which {@code generate.sh} copies into the jar's resources) into a folder.
 */
public final class SamplePkiWriter {
    /** The file name under which the STYLE guide's example name is kept (a copy of 000.00.00.H99's RSA key). */
    static final String STYLE_ALIAS = "sample-agency-h99-signing";

    private SamplePkiWriter() {}

    /** Writes every file; returns the names written, in order. */
    public static List<String> write(SamplePki pki, Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, IssuedCertificate> e : pki.entries().entrySet()) {
            written.add(writePem(dir, e.getKey(), e.getValue()));
            written.add(writeP12(dir, e.getKey(), e.getValue()));
        }
        written.add(writeP12(dir, STYLE_ALIAS, pki.get("sample-agency-000.00.00.h99-rsa-signing")));
        Files.writeString(dir.resolve("sample-intermediate-ca.crl"), Pem.toPem(pki.intermediateCrl()));
        written.add("sample-intermediate-ca.crl");
        written.add(writeTrustStore(dir, pki));
        Map<String, java.security.cert.X509Certificate> certs = new java.util.LinkedHashMap<>();
        pki.entries().forEach((stem, c) -> certs.put(stem, c.certificate()));
        Files.writeString(dir.resolve(SampleCertificates.RESOURCE), SampleCertificates.render(certs));
        written.add(SampleCertificates.RESOURCE);
        Files.writeString(dir.resolve("README.md"), SamplePkiReadme.render(pki), StandardCharsets.UTF_8);
        written.add("README.md");
        return written;
    }

    private static String writePem(Path dir, String stem, IssuedCertificate c) throws IOException {
        String name = stem + ".pem";
        Files.writeString(dir.resolve(name), Pem.toPem(c.certificate()));
        return name;
    }

    private static String writeP12(Path dir, String stem, IssuedCertificate c)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(stem, c.privateKey(), SamplePki.PASSWORD.toCharArray(),
                c.chain().toArray(Certificate[]::new));
        return store(dir, stem + ".p12", ks);
    }

    private static String writeTrustStore(Path dir, SamplePki pki) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("sample-root-ca", pki.get("sample-root-ca").certificate());
        return store(dir, "sample-truststore.p12", ks);
    }

    private static String store(Path dir, String name, KeyStore ks) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            ks.store(out, SamplePki.PASSWORD.toCharArray());
        }
        return name;
    }
}
