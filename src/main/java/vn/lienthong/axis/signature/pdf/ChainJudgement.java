package vn.lienthong.axis.signature.pdf;

import java.util.Objects;

/**
 * A trust judgement of a signer certificate chain.
 *
 * @param verdict   trusted, definitely untrusted, or undecidable
 * @param detail    words an integrator can act on; empty when trusted
 * @param retryLater true when asking again later can help (revocation source unreachable)
 */
public record ChainJudgement(Verdict verdict, String detail, boolean retryLater) {

    /** The three outcomes of a chain judgement. */
    public enum Verdict { TRUSTED, UNTRUSTED, INDETERMINATE }

    public ChainJudgement {
        Objects.requireNonNull(verdict, "verdict");
        detail = detail == null ? "" : detail;
    }

    public static ChainJudgement trusted() {
        return new ChainJudgement(Verdict.TRUSTED, "", false);
    }

    public static ChainJudgement untrusted(String detail) {
        return new ChainJudgement(Verdict.UNTRUSTED, detail, false);
    }

    public static ChainJudgement indeterminate(String detail, boolean retryLater) {
        return new ChainJudgement(Verdict.INDETERMINATE, detail, retryLater);
    }
}
