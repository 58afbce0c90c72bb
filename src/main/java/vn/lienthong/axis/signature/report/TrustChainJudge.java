package vn.lienthong.axis.signature.report;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.pdf.ChainJudgement;
import vn.lienthong.axis.signature.pdf.SignerChainJudge;
import vn.lienthong.axis.trust.CertificateValidator;

/** Judges PDF signers through the same trust service as package signers (anchors, PKIX, revocation). */
public final class TrustChainJudge implements SignerChainJudge {
    private final CertificateValidator validator;

    public TrustChainJudge(CertificateValidator validator) {
        this.validator = validator;
    }

    @Override
    public ChainJudgement judge(X509Certificate signer, List<X509Certificate> cmsCerts, Instant at) {
        try {
            validator.validate(signer, cmsCerts, at);
            return ChainJudgement.trusted();
        } catch (AxisException e) {
            if (e.code() == AxisErrorCode.REVOCATION_UNAVAILABLE) {
                return ChainJudgement.indeterminate(e.detail(), true);
            }
            return ChainJudgement.untrusted(e.code().wireName() + ": " + e.detail());
        }
    }
}
