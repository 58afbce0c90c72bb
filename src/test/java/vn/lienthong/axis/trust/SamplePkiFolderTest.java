package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.sample.SampleAgency;
import vn.lienthong.axis.trust.sample.SamplePki;

/**
 * The committed {@code certs-sample/} folder is consistent: its files load, the good certificates
 * validate against {@code sample-root-ca.pem} (revocation from {@code sample-intermediate-ca.crl}),
 * and each negative certificate fails with its code.
 */
class SamplePkiFolderTest {
    private static final Path DIR = Path.of("certs-sample");

    private final CertificateValidator validator = TrustSetup.anchors(List.of(DIR.resolve("sample-root-ca.pem")))
            .withCrlFiles(List.of(DIR.resolve("sample-intermediate-ca.crl")))
            .validator(Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(strings = {
        "sample-agency-000.00.00.h99-rsa-signing", "sample-agency-000.00.00.h99-ec-signing",
        "sample-agency-000.00.01.h99-rsa-signing", "sample-agency-000.00.01.h99-ec-signing",
        "sample-agency-000.00.02.h99-rsa-signing", "sample-agency-000.00.02.h99-ec-signing",
        "sample-agency-000.00.00.g22-rsa-signing", "sample-agency-000.00.00.g22-ec-signing",
        "sample-axis-signing", "sample-agency-h99-signing"})
    void givenGoodSampleSigningCertificate_thenItValidatesWithRevocationFromTheSampleCrl(String stem) throws Exception {
        List<X509Certificate> chain = chainOf(stem);

        ValidationResult result = validator.validate(chain.get(0), chain);

        assertThat(result.chain()).hasSize(3);
        assertThat(result.revocationSource()).isEqualTo("CRL");
        assertThat(result.signer().subject()).contains(SamplePki.MARK);
    }

    @ParameterizedTest
    @CsvSource({
        "sample-expired-signing, CERT_EXPIRED",
        "sample-not-yet-valid-signing, CERT_NOT_YET_VALID",
        "sample-revoked-signing, CERT_REVOKED",
        "sample-untrusted-signing, UNTRUSTED_SIGNER",
        "sample-rsa1024-signing, WEAK_KEY",
        "sample-key-encipherment-only-signing, KEY_USAGE",
        "sample-issued-by-non-ca-signing, UNTRUSTED_SIGNER",
        "sample-sha1-chain-signing, WEAK_CERT_ALGORITHM"})
    void givenNegativeSampleCertificate_thenItFailsWithItsCode(String stem, AxisErrorCode code) throws Exception {
        List<X509Certificate> chain = chainOf(stem);

        assertThatThrownBy(() -> validator.validate(chain.get(0), chain))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void givenTheIntermediateInTheConfiguredStore_thenASignerSendingOnlyItsLeafValidates() {
        CertificateValidator withStore = TrustSetup.anchors(List.of(DIR.resolve("sample-root-ca.pem")))
                .withIntermediates(List.of(DIR.resolve("sample-intermediate-ca.pem")))
                .withRevocation(false).validator(Clock.systemUTC());
        X509Certificate leaf = Pem.readCertificate(DIR.resolve("sample-agency-000.00.02.h99-ec-signing.pem"));

        assertThat(withStore.validate(leaf, List.of(leaf)).revocationSource()).isEqualTo("OFF");
    }

    @Test
    void givenSampleTrustStoreAsAnchor_thenSampleSignersValidate() throws Exception {
        CertificateValidator fromP12 = TrustSetup.anchors(List.of(DIR.resolve("sample-truststore.p12")))
                .withPassword(SamplePki.PASSWORD.toCharArray()).withRevocation(false).validator(Clock.systemUTC());
        List<X509Certificate> chain = chainOf("sample-axis-signing");

        assertThat(fromP12.validate(chain.get(0), chain).chain()).hasSize(3);
    }

    @Test
    void givenSampleSignerWithoutTheIntermediate_thenIncompleteChain() {
        X509Certificate leaf = Pem.readCertificate(DIR.resolve("sample-agency-000.00.01.h99-rsa-signing.pem"));

        assertThatThrownBy(() -> validator.validate(leaf, List.of(leaf)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.INCOMPLETE_CHAIN));
    }

    @Test
    void givenEachSampleAgency_thenItsSigningCertificatesNameItsCodeForTheSubjectRule() throws Exception {
        SignerBinding binding = new SignerBinding(SignerRegistry.empty(), Optional.of(SubjectAgencyRule.O_OU_SERIAL));
        for (SampleAgency agency : SampleAgency.ALL) {
            X509Certificate rsa = chainOf("sample-agency-" + agency.slug() + "-rsa-signing").get(0);
            assertThat(binding.check(agency.code(), rsa)).isEqualTo(SignerBinding.Match.SUBJECT_RULE);
            assertThat(SubjectAgencyRule.O_OU_SERIAL.matches(rsa, "000.00.09.H99")).isFalse();
        }
    }

    @Test
    void givenEveryPkcs12_thenItOpensWithTheSamplePasswordAndMatchesItsPem() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> p12s = files.filter(p -> p.toString().endsWith(".p12")).toList();
            assertThat(p12s).hasSizeGreaterThan(25);
            for (Path p12 : p12s) {
                KeyStore ks = load(p12);
                String alias = ks.aliases().nextElement();
                Path pem = DIR.resolve(alias + ".pem");
                if (ks.isKeyEntry(alias) && Files.exists(pem)) {
                    assertThat(ks.getCertificate(alias)).as(p12.toString()).isEqualTo(Pem.readCertificate(pem));
                    assertThat(ks.getKey(alias, SamplePki.PASSWORD.toCharArray())).isInstanceOf(PrivateKey.class);
                }
            }
        }
    }

    @Test
    void givenTheSampleFolder_thenConfiguredNamesExistAndTheReadmeListsEveryFile() throws Exception {
        assertThat(DIR.resolve("sample-root-ca.pem")).exists();
        assertThat(DIR.resolve("sample-axis-signing.p12")).exists();
        assertThat(DIR.resolve("generate.sh")).exists();
        String readme = Files.readString(DIR.resolve("README.md"));
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("sample-")).toList()) {
                String stem = f.getFileName().toString().replaceAll("\\.(pem|p12|crl)$", "");
                assertThat(readme).as(f.toString()).contains("`" + stem);
            }
        }
    }

    @Test
    void givenTheSampleCrl_thenItListsTheRevokedCertificateAndIsFreshForYears() {
        var crl = Pem.readCrl(DIR.resolve("sample-intermediate-ca.crl"));
        X509Certificate revoked = Pem.readCertificate(DIR.resolve("sample-revoked-signing.pem"));

        assertThat(crl.getRevokedCertificate(revoked)).isNotNull();
        assertThat(crl.getNextUpdate().toInstant()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(3650)));
    }

    private static List<X509Certificate> chainOf(String stem) throws Exception {
        KeyStore ks = load(DIR.resolve(stem + ".p12"));
        return Arrays.stream(ks.getCertificateChain(ks.aliases().nextElement())).map(c -> (X509Certificate) c).toList();
    }

    private static KeyStore load(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, SamplePki.PASSWORD.toCharArray());
        }
        return ks;
    }
}
