package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.sample.IssuedCertificate;

/** The signer must belong to the From agency. */
class SignerBindingTest {
    private final IssuedCertificate mine = TestPki.signer(TestPki.AGENCY).build();
    private final IssuedCertificate theirs = TestPki.signer(TestPki.OTHER_AGENCY).build();

    @Test
    void givenSignerRegisteredByFingerprint_thenBoundAsRegistered() {
        SignerBinding binding = new SignerBinding(SignerRegistry.of(Map.of(TestPki.AGENCY,
                List.of(RegisteredSigner.fingerprint(Certificates.sha256(mine.certificate()).toUpperCase())))));

        assertThat(binding.check(TestPki.AGENCY, mine.certificate())).isEqualTo(SignerBinding.Match.REGISTERED);
    }

    @Test
    void givenSignerRegisteredBySubjectDn_thenBoundAsRegistered() {
        SignerBinding binding = new SignerBinding(SignerRegistry.of(Map.of(TestPki.AGENCY,
                List.of(RegisteredSigner.subject(mine.certificate().getSubjectX500Principal().getName())))));

        assertThat(binding.check(TestPki.AGENCY, mine.certificate())).isEqualTo(SignerBinding.Match.REGISTERED);
    }

    @Test
    void givenAnotherAgencysCertificate_thenRefusedWithSignerNotSender() {
        SignerBinding binding = new SignerBinding(SignerRegistry.of(Map.of(
                TestPki.AGENCY, List.of(RegisteredSigner.of(mine.certificate())),
                TestPki.OTHER_AGENCY, List.of(RegisteredSigner.of(theirs.certificate())))));

        assertThatThrownBy(() -> binding.check(TestPki.AGENCY, theirs.certificate()))
                .isInstanceOfSatisfying(AxisException.class, e -> {
                    assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNER_NOT_SENDER);
                    assertThat(e.field()).isEqualTo("MessageHeader/From/OrganId");
                })
                .hasMessageContaining(TestPki.AGENCY);
    }

    @Test
    void givenSubjectRuleAndSubjectNamingTheAgency_thenBoundBySubjectRule() {
        SignerBinding binding = new SignerBinding(SignerRegistry.empty(), Optional.of(SubjectAgencyRule.O_OU_SERIAL));

        assertThat(binding.check(TestPki.AGENCY, mine.certificate())).isEqualTo(SignerBinding.Match.SUBJECT_RULE);
    }

    @Test
    void givenSubjectRuleAndSubjectNamingAnotherAgency_thenRefusedWithSignerNotSender() {
        SignerBinding binding = new SignerBinding(SignerRegistry.empty(), Optional.of(SubjectAgencyRule.O_OU_SERIAL));

        assertThatThrownBy(() -> binding.check(TestPki.AGENCY, theirs.certificate()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNER_NOT_SENDER));
    }

    @Test
    void givenSubjectRule_thenACodeThatOnlyPrefixesAnotherCodeDoesNotMatch() {
        IssuedCertificate longer = TestPki.signer("000.00.01.H99.1").build();

        assertThat(SubjectAgencyRule.O_OU_SERIAL.matches(longer.certificate(), TestPki.AGENCY)).isFalse();
    }

    @Test
    void givenValidChainButAnotherAgencysSigner_thenTrustServiceRefusesWithSignerNotSender() {
        CertificateValidator validator = new CertificateValidator(TestPki.anchors(), CertificateStore.EMPTY,
                RevocationChecker.off(), Clock.systemUTC());
        TrustService trust = new TrustService(validator, new SignerBinding(SignerRegistry.of(Map.of(
                TestPki.AGENCY, List.of(RegisteredSigner.of(mine.certificate()))))));

        assertThat(trust.check(TestPki.AGENCY, mine.certificate(), TestPki.keyInfo(mine)).binding())
                .isEqualTo(SignerBinding.Match.REGISTERED);
        assertThatThrownBy(() -> trust.check(TestPki.AGENCY, theirs.certificate(), TestPki.keyInfo(theirs)))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNER_NOT_SENDER));
    }
}
