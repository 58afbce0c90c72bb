package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.axis.trust.TestPki.INTERMEDIATE;
import static vn.lienthong.axis.trust.TestPki.ROOT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.CrlBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;
import vn.lienthong.axis.trust.sample.KeyPairs;

/** CRL and OCSP against real responders on 127.0.0.1 (CRT-03, CRT-04, CRT-05, cache, soft-fail). */
class RevocationTest {
    private static final RevocationSettings FAST = RevocationSettings.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final Instant now = Instant.now();
    private final OnlineRevocationChecker checker = new OnlineRevocationChecker(FAST);
    private final CertificateValidator validator = validator(TestPki.anchors(), checker);

    @Test
    void crt03_givenSignerListedInTheCurrentCrl_thenRefusedWithCertRevoked() throws Exception {
        try (CrlServer crl = new CrlServer(CrlBuilder.issuedBy(INTERMEDIATE).build())) {
            IssuedCertificate leaf = TestPki.signer().crlDistributionPoint(crl.url()).build();
            crl.serve(CrlBuilder.issuedBy(INTERMEDIATE).revoke(leaf.certificate(), now.minusSeconds(3600)).build());

            assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                    .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_REVOKED))
                    .hasMessageContaining("CRL");
        }
    }

    @Test
    void givenSignerNotInTheCrl_thenAcceptedAndTheSecondCheckIsServedFromTheCache() throws Exception {
        try (CrlServer crl = new CrlServer(CrlBuilder.issuedBy(INTERMEDIATE).build())) {
            IssuedCertificate leaf = TestPki.signer().crlDistributionPoint(crl.url()).build();

            ValidationResult first = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));
            ValidationResult second = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));

            assertThat(first.revocationSource()).isEqualTo("CRL");
            assertThat(first.revocation().get(0).status().nextUpdate()).isAfter(now);
            assertThat(second.revocationSource()).isEqualTo("CACHE");
            assertThat(crl.requests()).isEqualTo(1);
        }
    }

    @Test
    void givenTwoSignersUnderOneDistributionPoint_thenTheCrlIsDownloadedOnce() throws Exception {
        try (CrlServer crl = new CrlServer(CrlBuilder.issuedBy(INTERMEDIATE).build())) {
            IssuedCertificate a = TestPki.signer().crlDistributionPoint(crl.url()).build();
            IssuedCertificate b = TestPki.signer().crlDistributionPoint(crl.url()).build();

            validator.validate(a.certificate(), TestPki.keyInfo(a));
            validator.validate(b.certificate(), TestPki.keyInfo(b));

            assertThat(crl.requests()).isEqualTo(1);
            assertThat(checker.crlDownloads()).isEqualTo(1);
        }
    }

    @Test
    void crt04_givenOcspSaysRevoked_thenRefusedWithCertRevoked() throws Exception {
        try (OcspResponder ocsp = new OcspResponder(INTERMEDIATE, false)) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(ocsp.url()).build();
            ocsp.revoke(leaf.certificate(), now.minusSeconds(60));

            assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                    .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_REVOKED))
                    .hasMessageContaining("OCSP");
        }
    }

    @Test
    void givenOcspSaysGood_thenAcceptedAndTheSecondCheckMakesNoRequest() throws Exception {
        try (OcspResponder ocsp = new OcspResponder(INTERMEDIATE, false)) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(ocsp.url()).build();

            ValidationResult first = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));
            ValidationResult second = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));

            assertThat(first.revocationSource()).isEqualTo("OCSP");
            assertThat(second.revocationSource()).isEqualTo("CACHE");
            assertThat(ocsp.requests()).isEqualTo(1);
            assertThat(checker.ocspRequests()).isEqualTo(1);
        }
    }

    @Test
    void givenOcspAnswerFromADelegatedResponder_thenAccepted() throws Exception {
        IssuedCertificate responder = CertificateBuilder.forSubject("CN=Test OCSP responder, O=Test SAMPLE, C=VN")
                .issuedBy(INTERMEDIATE).keyPair(KeyPairs.ecP256())
                .extendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning).build();
        try (OcspResponder ocsp = new OcspResponder(responder, true)) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(ocsp.url()).build();

            assertThat(validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)).revocationSource()).isEqualTo("OCSP");
        }
    }

    @Test
    void givenOcspAnswerSignedByAnUnrelatedKey_thenRefusedWithRevocationUnavailable() throws Exception {
        IssuedCertificate stranger = CertificateBuilder.forSubject("CN=Stranger, O=Elsewhere, C=VN")
                .keyPair(KeyPairs.ecP256()).extendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning).build();
        try (OcspResponder ocsp = new OcspResponder(stranger, true)) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(ocsp.url()).build();

            assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                    .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.REVOCATION_UNAVAILABLE))
                    .hasMessageContaining("nor by a responder it delegated");
        }
    }

    @Test
    void crt05_givenOcspResponderDownAndCrlExpired_thenRevocationUnavailableThenAcceptedWhenTheResponderIsBack() throws Exception {
        IssuedCertificate leaf;
        try (CrlServer crl = new CrlServer(CrlBuilder.issuedBy(INTERMEDIATE)
                .thisUpdate(now.minus(Duration.ofDays(8))).nextUpdate(now.minus(Duration.ofDays(1))).build());
             OcspResponder ocsp = new OcspResponder(INTERMEDIATE, false)) {
            leaf = TestPki.signer().ocspUrl(ocsp.url()).crlDistributionPoint(crl.url()).build();
            ocsp.stop();

            assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                    .isInstanceOfSatisfying(AxisException.class, e -> {
                        assertThat(e.code()).isEqualTo(AxisErrorCode.REVOCATION_UNAVAILABLE);
                        assertThat(e.code().retryable()).isTrue();
                        assertThat(e.code().httpStatus()).isEqualTo(503);
                    })
                    .hasMessageContaining(ocsp.url()).hasMessageContaining("stale");

            ocsp.restart();
            ValidationResult later = validator.validate(leaf.certificate(), TestPki.keyInfo(leaf));

            assertThat(later.revocationSource()).isEqualTo("OCSP");
        }
    }

    @Test
    void givenUnreachableOcspResponder_thenRefusedWithRevocationUnavailable() throws Exception {
        IssuedCertificate leaf = TestPki.signer().ocspUrl(CrlServer.closedPortUrl("/ocsp")).build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.REVOCATION_UNAVAILABLE));
    }

    @Test
    void givenUnreachableCrlDistributionPoint_thenRefusedWithRevocationUnavailable() throws Exception {
        IssuedCertificate leaf = TestPki.signer().crlDistributionPoint(CrlServer.closedPortUrl("/ca.crl")).build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.REVOCATION_UNAVAILABLE));
    }

    @Test
    void givenUnreachableOcspButAFreshCrl_thenAcceptedFromTheCrl() throws Exception {
        try (CrlServer crl = new CrlServer(CrlBuilder.issuedBy(INTERMEDIATE).build())) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(CrlServer.closedPortUrl("/ocsp"))
                    .crlDistributionPoint(crl.url()).build();

            assertThat(validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)).revocationSource()).isEqualTo("CRL");
        }
    }

    @Test
    void givenSignerWithoutAnyRevocationPointer_thenRefusedWithRevocationUnavailable() {
        IssuedCertificate leaf = TestPki.signer().build();

        assertThatThrownBy(() -> validator.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.REVOCATION_UNAVAILABLE))
                .hasMessageContaining("names no CRL distribution point");
    }

    @Test
    void givenUnreachableResponderUnderASoftFailAnchor_thenAcceptedAsUnavailableSoftFail() throws Exception {
        IssuedCertificate leaf = TestPki.signer().ocspUrl(CrlServer.closedPortUrl("/ocsp")).build();
        CertificateValidator soft = validator(TrustAnchors.of(List.of(ROOT.certificate()), RevocationPolicy.SOFT_FAIL), checker);

        ValidationResult result = soft.validate(leaf.certificate(), TestPki.keyInfo(leaf));

        assertThat(result.revocationSource()).isEqualTo("unavailable (soft-fail)");
        assertThat(result.revocation().get(0).softFail()).isTrue();
        assertThat(result.revocation().get(0).status().state()).isEqualTo(RevocationStatus.State.UNAVAILABLE);
    }

    @Test
    void givenRevokedSignerUnderASoftFailAnchor_thenStillRefusedWithCertRevoked() throws Exception {
        try (OcspResponder ocsp = new OcspResponder(INTERMEDIATE, false)) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(ocsp.url()).build();
            ocsp.revoke(leaf.certificate(), now.minusSeconds(60));
            CertificateValidator soft = validator(TrustAnchors.of(List.of(ROOT.certificate()), RevocationPolicy.SOFT_FAIL), checker);

            assertThatThrownBy(() -> soft.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                    .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_REVOKED));
        }
    }

    @Test
    void givenConfiguredCrlFileListingTheSigner_thenRefusedWithCertRevoked() {
        IssuedCertificate leaf = TestPki.signer().build();
        var crl = CrlBuilder.issuedBy(INTERMEDIATE).revoke(leaf.certificate(), now.minusSeconds(60)).build();
        CertificateValidator v = validator(TestPki.anchors(), new OnlineRevocationChecker(FAST.withCrlFiles(List.of(crl))));

        assertThatThrownBy(() -> v.validate(leaf.certificate(), TestPki.keyInfo(leaf)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_REVOKED));
    }

    @Test
    void givenSignerRevokedOnlyAfterTheValidationTime_thenAcceptedAtThatTime() throws Exception {
        try (OcspResponder ocsp = new OcspResponder(INTERMEDIATE, false)) {
            IssuedCertificate leaf = TestPki.signer().ocspUrl(ocsp.url()).build();
            ocsp.revoke(leaf.certificate(), now.plusSeconds(600));

            assertThat(validator.validate(leaf.certificate(), TestPki.keyInfo(leaf), now).revocationSource()).isEqualTo("OCSP");
        }
    }

    @Test
    void givenRevokedIntermediateWithACrlFromTheRoot_thenRefusedWithCertRevoked() throws Exception {
        try (CrlServer rootCrl = new CrlServer(CrlBuilder.issuedBy(ROOT).build());
             CrlServer caCrl = new CrlServer(CrlBuilder.issuedBy(INTERMEDIATE).build())) {
            IssuedCertificate ca = CertificateBuilder.ca("CN=Revoked CA, O=Test SAMPLE, C=VN").issuedBy(ROOT)
                    .keyPair(KeyPairs.ecP256()).crlDistributionPoint(rootCrl.url()).build();
            rootCrl.serve(CrlBuilder.issuedBy(ROOT).revoke(ca.certificate(), now.minusSeconds(60)).build());
            caCrl.serve(CrlBuilder.issuedBy(ca).build());
            IssuedCertificate leaf = TestPki.signer().issuedBy(ca).crlDistributionPoint(caCrl.url()).build();

            assertThatThrownBy(() -> validator.validate(leaf.certificate(), leaf.chain()))
                    .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CERT_REVOKED))
                    .hasMessageContaining("Revoked CA");
        }
    }

    @Test
    void givenRevocationSwitchedOff_thenTheResultSaysOff() {
        IssuedCertificate leaf = TestPki.signer().build();

        ValidationResult result = validator(TestPki.anchors(), RevocationChecker.off())
                .validate(leaf.certificate(), TestPki.keyInfo(leaf));

        assertThat(result.revocationSource()).isEqualTo("OFF");
    }

    private static CertificateValidator validator(TrustAnchors anchors, RevocationChecker checker) {
        return new CertificateValidator(anchors, CertificateStore.EMPTY, checker, Clock.systemUTC());
    }
}
