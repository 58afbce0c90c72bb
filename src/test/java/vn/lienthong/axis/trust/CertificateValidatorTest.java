package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.axis.trust.TestPki.INTERMEDIATE;
import static vn.lienthong.axis.trust.TestPki.ROOT;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;
import vn.lienthong.axis.trust.sample.KeyPairs;

/** Path building and validation without revocation (CRT-01, 02, 06–11 and the good paths). */
class CertificateValidatorTest {
    private final Instant now = Instant.now();
    private final CertificateValidator validator = new CertificateValidator(TestPki.anchors(), CertificateStore.EMPTY,
            RevocationChecker.off(), Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void givenEcSignerWithIntermediateInKeyInfo_thenChainValidatesToTheAnchor() {
        IssuedCertificate leaf = TestPki.signer().build();

        ValidationResult result = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));

        assertThat(result.chain()).extracting(ChainElement::role).containsExactly(
                ChainElement.Role.SIGNER, ChainElement.Role.INTERMEDIATE, ChainElement.Role.ANCHOR);
        assertThat(result.signer().sha256()).isEqualTo(Certificates.sha256(leaf.certificate()));
        assertThat(result.signer().key()).isEqualTo("EC-256");
        assertThat(result.chain().get(2).subject()).contains("Test Root CA");
        assertThat(result.validationTime()).isEqualTo(now);
        assertThat(result.revocationSource()).isEqualTo("OFF");
    }

    @Test
    void givenRsaSignerWithIntermediateOnlyInTheStore_thenChainValidates() {
        IssuedCertificate leaf = TestPki.signer().keyPair(KeyPairs.rsa(2048)).build();
        CertificateValidator withStore = new CertificateValidator(TestPki.anchors(),
                CertificateStore.of(INTERMEDIATE.certificate()), RevocationChecker.off(), Clock.systemUTC());

        ValidationResult result = withStore.validate(leaf.certificate(), List.of(leaf.certificate()));

        assertThat(result.chain()).hasSize(3);
        assertThat(result.signer().key()).isEqualTo("RSA-2048");
    }

    @Test
    void givenKeyInfoCarryingTheRootToo_thenTheConfiguredAnchorIsUsed() {
        IssuedCertificate leaf = TestPki.signer().build();

        ValidationResult result = validator.validate(leaf.certificate(), leaf.chain());

        assertThat(result.chain()).hasSize(3);
    }

    @Test
    void crt01_givenExpiredSignerCertificate_thenRefusedWithCertExpired() {
        IssuedCertificate leaf = TestPki.signer().validity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))).build();

        assertRefused(leaf, AxisErrorCode.CERT_EXPIRED).hasMessageContaining("expired on");
    }

    @Test
    void crt01_givenCertificateValidAtAnEarlierValidationTime_thenAcceptedAtThatTime() {
        IssuedCertificate leaf = TestPki.signer().validity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))).build();

        ValidationResult result = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf), now.minus(Duration.ofDays(2)));

        assertThat(result.validationTime()).isEqualTo(now.minus(Duration.ofDays(2)));
    }

    @Test
    void crt02_givenSignerCertificateValidFromTomorrow_thenRefusedWithCertNotYetValid() {
        IssuedCertificate leaf = TestPki.signer().validity(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400))).build();

        assertRefused(leaf, AxisErrorCode.CERT_NOT_YET_VALID);
    }

    @Test
    void crt06_givenChainToAnUnknownRoot_thenRefusedWithUntrustedSigner() {
        IssuedCertificate otherRoot = CertificateBuilder.ca("CN=Other Root, O=Elsewhere, C=VN").keyPair(KeyPairs.ecP256()).build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(otherRoot).build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), leaf.chain()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER))
                .hasMessageContaining("not a configured trust anchor");
    }

    @Test
    void crt07_givenSelfSignedSignerCopyingARealAgencySubject_thenRefusedWithUntrustedSigner() {
        IssuedCertificate real = TestPki.signer().build();
        IssuedCertificate forged = CertificateBuilder.signing(real.certificate().getSubjectX500Principal().getName())
                .keyPair(KeyPairs.ecP256()).build();

        assertThatThrownBy(() -> validator.validate(forged.certificate(), List.of(forged.certificate())))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER));
    }

    @Test
    void givenLeafClaimingTheIntermediateButSignedByAnotherKey_thenRefusedWithUntrustedSigner() {
        IssuedCertificate impostor = CertificateBuilder.ca(INTERMEDIATE.certificate().getSubjectX500Principal().getName())
                .keyPair(KeyPairs.ecP256()).build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(impostor).build();

        assertRefused(leaf, AxisErrorCode.UNTRUSTED_SIGNER).hasMessageContaining("does not verify");
    }

    @Test
    void crt08_givenLeafIssuedByANonCaCertificate_thenRefusedWithUntrustedSigner() {
        IssuedCertificate notCa = TestPki.signer().build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(notCa).build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), leaf.chain()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER))
                .hasMessageContaining("is not a CA");
    }

    @Test
    void crt08_givenIntermediateWithoutKeyCertSign_thenRefusedWithKeyUsage() {
        IssuedCertificate ca = CertificateBuilder.ca("CN=CA without keyCertSign, O=Test SAMPLE, C=VN").issuedBy(ROOT)
                .keyUsage(KeyUsage.cRLSign).keyPair(KeyPairs.ecP256()).build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(ca).build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), leaf.chain()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.KEY_USAGE))
                .hasMessageContaining("keyCertSign");
    }

    @Test
    void crt09_givenSignerKeyUsageKeyEnciphermentOnly_thenRefusedWithKeyUsage() {
        IssuedCertificate leaf = TestPki.signer().keyPair(KeyPairs.rsa(2048)).keyUsage(KeyUsage.keyEncipherment).build();

        assertRefused(leaf, AxisErrorCode.KEY_USAGE).hasMessageContaining("digitalSignature or nonRepudiation");
    }

    @Test
    void givenSignerWithNonRepudiationOnly_thenAccepted() {
        IssuedCertificate leaf = TestPki.signer().keyUsage(KeyUsage.nonRepudiation).build();

        assertThat(validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)).chain()).hasSize(3);
    }

    @Test
    void crt10_givenIntermediateMissingFromKeyInfoAndStore_thenRefusedWithIncompleteChain() {
        IssuedCertificate leaf = TestPki.signer().build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), List.of(leaf.certificate())))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.INCOMPLETE_CHAIN))
                .hasMessageContaining("Test Intermediate CA");
    }

    @Test
    void crt11_givenIntermediateSignedWithSha1ByAPrivateCa_thenRefusedWithWeakCertAlgorithm() {
        IssuedCertificate rsaRoot = CertificateBuilder.ca("CN=RSA Root, O=Test SAMPLE, C=VN").build();
        IssuedCertificate sha1Ca = CertificateBuilder.ca("CN=SHA-1 CA, O=Test SAMPLE, C=VN").issuedBy(rsaRoot)
                .signatureAlgorithm("SHA1withRSA").build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(sha1Ca).build();
        CertificateValidator v = new CertificateValidator(TrustAnchors.of(rsaRoot.certificate()), CertificateStore.EMPTY,
                RevocationChecker.off(), Clock.systemUTC());

        assertThatThrownBy(() -> v.validate(leaf.certificate(), leaf.chain()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.WEAK_CERT_ALGORITHM))
                .hasMessageContaining("SHA-1 CA");
    }

    @Test
    void givenRsa1024Signer_thenRefusedWithWeakKey() {
        IssuedCertificate leaf = TestPki.signer().keyPair(KeyPairs.rsa(1024)).build();

        assertRefused(leaf, AxisErrorCode.WEAK_KEY).hasMessageContaining("RSA-1024");
    }

    @Test
    void givenTheRootItselfAsSigner_thenRefusedWithUntrustedSigner() {
        assertThatThrownBy(() -> validator.validate(ROOT.certificate(), List.of()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER));
    }

    @Test
    void givenPathLengthConstraintViolated_thenPkixRefusesWithUntrustedSigner() {
        IssuedCertificate subCa = CertificateBuilder.ca("CN=Sub CA below pathLen 0, O=Test SAMPLE, C=VN").issuedBy(constrained())
                .keyPair(KeyPairs.ecP256()).build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(subCa).build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), leaf.chain()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER))
                .hasMessageContaining("PKIX");
    }

    @Test
    void givenAPathAcceptedEarlier_whenValidatedAgainAfterTheSignerExpired_thenStillRefusedWithCertExpired() {
        IssuedCertificate leaf = TestPki.signer().validity(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(1))).build();
        validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf), now.plus(Duration.ofDays(2))))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_EXPIRED));
    }

    @Test
    void givenTheRealChainValidatedEarlier_whenAnImpostorIntermediateWithTheSameNameSigns_thenStillRefused() {
        IssuedCertificate good = TestPki.signer().build();
        validator.validate(good.certificate(), TestPki.keyInfo(good));
        IssuedCertificate impostor = CertificateBuilder.ca(INTERMEDIATE.certificate().getSubjectX500Principal().getName())
                .keyPair(KeyPairs.ecP256()).build();
        IssuedCertificate forged = TestPki.signer().issuedBy(impostor).build();

        // the links remembered for the real chain are keyed by the exact certificates: the forgery verifies afresh
        assertRefused(forged, AxisErrorCode.UNTRUSTED_SIGNER).hasMessageContaining("does not verify");
        assertThat(validator.validate(good.certificate(), TestPki.keyInfo(good)).chain()).hasSize(3);
    }

    @Test
    void givenAPathPkixRefused_whenValidatedAgain_thenRefusedAgain() {
        IssuedCertificate subCa = CertificateBuilder.ca("CN=Sub CA below pathLen 0, O=Test SAMPLE, C=VN").issuedBy(constrained())
                .keyPair(KeyPairs.ecP256()).build();
        IssuedCertificate leaf = TestPki.signer().issuedBy(subCa).build();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> validator.validate(leaf.certificate(), leaf.chain()))
                    .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER))
                    .hasMessageContaining("PKIX");
        }
    }

    private static IssuedCertificate constrained() {
        return CertificateBuilder.ca("CN=CA with pathLen 0, O=Test SAMPLE, C=VN").ca(0).issuedBy(ROOT)
                .keyPair(KeyPairs.ecP256()).build();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(IssuedCertificate leaf, AxisErrorCode code) {
        List<X509Certificate> keyInfo = TestPki.keyInfo(leaf);
        return assertThatThrownBy(() -> validator.validate(leaf.certificate(), keyInfo))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
