package vn.lienthong.axis.evidence;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.lienthong.axis.evidence.timestamp.TimeStampTokens;
import vn.lienthong.axis.ledger.chain.ChainReport;
import vn.lienthong.axis.ledger.chain.ChainVerifier;

/** The chain verifier as the admin API and {@code ledger verify} use it: axis signature and TSA token checks. */
public final class CheckpointChecks {
    private CheckpointChecks() {}

    /**
     * @param axis       the certificate every checkpoint must be signed by (null: any signer under the profile)
     * @param tsaAnchors anchors the TSA certificate must chain to (empty: token signature and imprint only)
     */
    public static ChainVerifier verifier(X509Certificate axis, List<X509Certificate> tsaAnchors, Path scratch) {
        return new ChainVerifier(xml -> {
            var check = EvidenceSigner.verify(xml, axis, scratch);
            return new String[] {check.signer().getSubjectX500Principal().getName(),
                    EvidenceSigner.sha256(check.signer())};
        }, (token, stamped) -> {
            var v = TimeStampTokens.verify(token, stamped, tsaAnchors);
            return new ChainReport.TimeStamp(v.time().toString(), v.authority(), v.authoritySha256(), v.trusted());
        });
    }
}
