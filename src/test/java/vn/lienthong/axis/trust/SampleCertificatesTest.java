package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.SamplePki;
import vn.lienthong.axis.trust.sample.SamplePkiWriter;

/** The SAMPLE PKI is recognised by content (fingerprint, public key, subject marker), never by file name. */
class SampleCertificatesTest {
    private static final Path DIR = Path.of("certs-sample");
    private static final char[] PASSWORD = SamplePki.PASSWORD.toCharArray();

    @Test
    void givenEveryCertificateInCertsSample_thenEachIsListedByFingerprint() throws Exception {
        List<X509Certificate> all = everyCertificateInCertsSample();
        assertThat(all).hasSizeGreaterThan(27);
        for (X509Certificate c : all) {
            assertThat(SampleCertificates.why(c)).as(Certificates.subject(c)).hasValueSatisfying(why ->
                    assertThat(why).contains("SHA-256 " + Certificates.sha256(c)));
        }
    }

    @Test
    void givenRenamedCopyOfTheSampleRoot_thenStillRecognised(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(DIR.resolve("sample-root-ca.pem"), dir.resolve("provincial-root-2026.crt"));
        assertThat(SampleCertificates.isSample(Pem.readCertificate(copy))).isTrue();
    }

    @Test
    void givenNewRootMintedWithTheSampleRootsPublishedKey_andNoMarker_thenRecognisedByItsPublicKey() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(DIR.resolve("sample-root-ca.p12"))) {
            ks.load(in, PASSWORD);
        }
        X509Certificate sampleRoot = (X509Certificate) ks.getCertificate("sample-root-ca");
        PrivateKey key = (PrivateKey) ks.getKey("sample-root-ca", PASSWORD);
        X509Certificate reminted = CertificateBuilder.ca("CN=UBND Tinh Root CA, O=UBND Tinh, C=VN")
                .keyPair(new KeyPair(sampleRoot.getPublicKey(), key)).validFor(Duration.ofDays(365)).build()
                .certificate();

        assertThat(SampleCertificates.why(reminted)).hasValueSatisfying(why ->
                assertThat(why).contains("public key of the SAMPLE PKI"));
    }

    @Test
    void givenFreshCertificateMarkedSample_withAnyDashOrCase_thenRecognisedByTheMarker() {
        for (String mark : List.of("SAMPLE — NOT FOR PRODUCTION", "Sample - not for production", "SAMPLE -- NOT FOR PRODUCTION")) {
            X509Certificate c = CertificateBuilder.ca("CN=Demo CA - " + mark + ", C=VN").validFor(Duration.ofDays(30))
                    .build().certificate();
            assertThat(SampleCertificates.why(c)).as(mark).hasValueSatisfying(why -> assertThat(why).contains("marked"));
        }
    }

    @Test
    void givenFreshUnmarkedCa_thenNotSample() {
        X509Certificate c = CertificateBuilder.ca("CN=Ban Co yeu Chinh phu Root CA, O=BCY, C=VN")
                .validFor(Duration.ofDays(30)).build().certificate();
        assertThat(SampleCertificates.isSample(c)).isFalse();
    }

    @Test
    void givenRegeneratedSamplePki_thenItsFolderCarriesAFingerprintListOfEveryCertificate(@TempDir Path dir)
            throws Exception {
        SamplePki pki = SamplePki.generate(Instant.now());
        SamplePkiWriter.write(pki, dir);
        String list = Files.readString(dir.resolve(SampleCertificates.RESOURCE));
        pki.entries().forEach((stem, c) -> {
            assertThat(list).contains("cert " + Certificates.sha256(c.certificate()) + " " + stem);
            assertThat(list).contains("key " + SampleCertificates.keySha256(c.certificate()) + " " + stem);
        });
    }

    private static List<X509Certificate> everyCertificateInCertsSample() throws Exception {
        List<X509Certificate> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".pem")) {
                    all.addAll(Pem.readCertificates(f));
                } else if (name.endsWith(".p12")) {
                    KeyStore ks = KeyStore.getInstance("PKCS12");
                    try (InputStream in = Files.newInputStream(f)) {
                        ks.load(in, PASSWORD);
                    }
                    for (String alias : Collections.list(ks.aliases())) {
                        Certificate[] chain = ks.getCertificateChain(alias);
                        if (chain != null) {
                            for (Certificate c : chain) {
                                all.add((X509Certificate) c);
                            }
                        } else {
                            all.add((X509Certificate) ks.getCertificate(alias));
                        }
                    }
                }
            }
        }
        return all;
    }
}
