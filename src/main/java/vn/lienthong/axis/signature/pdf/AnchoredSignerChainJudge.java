package vn.lienthong.axis.signature.pdf;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plain {@link SignerChainJudge}: builds a PKIX path (BouncyCastle) from the signer through the CMS
 * certificates to one of a fixed set of trust anchors, at the given instant. It checks validity periods,
 * CA constraints and the signer's key usage, but <b>not revocation</b>: for tests and local runs only,
 * until the axis trust service is plugged in. Any failure to build a path is a definite UNTRUSTED.
 */
public final class AnchoredSignerChainJudge implements SignerChainJudge {
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final Set<TrustAnchor> anchors;

    public AnchoredSignerChainJudge(Collection<X509Certificate> anchorCertificates) {
        if (anchorCertificates.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is required");
        }
        this.anchors = anchorCertificates.stream().map(c -> new TrustAnchor(c, null))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ChainJudgement judge(X509Certificate signer, List<X509Certificate> cmsCerts, Instant at) {
        boolean[] ku = signer.getKeyUsage();
        if (ku != null && !ku[DIGITAL_SIGNATURE] && !ku[NON_REPUDIATION]) {
            return ChainJudgement.untrusted("the signer certificate's key usage allows neither digitalSignature nor nonRepudiation");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            Set<X509Certificate> pool = new LinkedHashSet<>(cmsCerts);
            pool.add(signer);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool),
                    CmsSignatureCheck.BC));
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            CertPathBuilder.getInstance("PKIX", CmsSignatureCheck.BC).build(params);
            return ChainJudgement.trusted();
        } catch (GeneralSecurityException e) {
            return ChainJudgement.untrusted("no valid certificate path from '" + signer.getSubjectX500Principal().getName()
                    + "' to a trust anchor at " + at + ": " + e.getMessage());
        }
    }
}
