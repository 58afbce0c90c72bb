package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchoredSignerChainJudgeTest {
    private final SamplePki pki = SamplePki.shared();
    private final AnchoredSignerChainJudge judge = new AnchoredSignerChainJudge(List.of(pki.rootCertificate()));

    @Test
    void givenSignerChainingToAnchorThroughCmsIntermediate_thenTrusted() throws Exception {
        SamplePki.Credential signer = pki.rsaSigner("Nguyen Van A", "UBND Tinh Mau");

        ChainJudgement j = judge.judge(signer.certificate(), signer.chain(), Instant.now());

        assertThat(j.verdict()).isEqualTo(ChainJudgement.Verdict.TRUSTED);
    }

    @Test
    void givenIntermediateMissingFromCms_thenUntrusted() throws Exception {
        SamplePki.Credential signer = pki.rsaSigner("Nguyen Van A", "UBND Tinh Mau");

        ChainJudgement j = judge.judge(signer.certificate(), List.of(signer.certificate()), Instant.now());

        assertThat(j.verdict()).isEqualTo(ChainJudgement.Verdict.UNTRUSTED);
        assertThat(j.detail()).contains("no valid certificate path");
    }

    @Test
    void givenSignerUnderOtherRoot_thenUntrusted() throws Exception {
        SamplePki.Credential stranger = pki.untrustedSigner("Ke La", "Khong Ro");

        assertThat(judge.judge(stranger.certificate(), stranger.chain(), Instant.now()).verdict())
                .isEqualTo(ChainJudgement.Verdict.UNTRUSTED);
    }

    @Test
    void givenNoAnchors_thenRefusedAtConstruction() {
        assertThatThrownBy(() -> new AnchoredSignerChainJudge(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
