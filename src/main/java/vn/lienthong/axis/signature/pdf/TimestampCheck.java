package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Verifies an {@code ETSI.RFC3161} document time-stamp (/DocTimeStamp): the token's own signature and
 * that its message imprint is the digest of the signed byte ranges.
 */
final class TimestampCheck {

    private TimestampCheck() {
    }

    static CmsOutcome verify(byte[] contents, long[] range, FileRanges file) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(CmsSignatureCheck.contentInfo(contents)));
            List<X509Certificate> certs = CmsSignatureCheck.certificates(token.getCertificates().getMatches(null));
            X509Certificate tsa = CmsSignatureCheck.signerCertificate(token.getCertificates().getMatches(token.getSID()));
            String imprintOid = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
            String digest = CmsSignatureCheck.DIGESTS.get(imprintOid);
            CmsOutcome found = new CmsOutcome(null, "", tsa, certs, digest,
                    token.getTimeStampInfo().getGenTime().toInstant(), "TIMESTAMP_GEN_TIME");
            if (tsa == null) {
                return found.withFailure(PdfSignatureReason.CMS_INVALID, "the time-stamp authority certificate is not in the token");
            }
            String weak = CmsSignatureCheck.weakness(digest, imprintOid, tsa);
            if (weak != null) {
                return found.withFailure(PdfSignatureReason.ALGORITHM_NOT_ALLOWED, weak);
            }
            byte[] actual = CmsSignatureCheck.digest(file, range, digest);
            if (!MessageDigest.isEqual(actual, token.getTimeStampInfo().getMessageImprintDigest())) {
                return found.withFailure(PdfSignatureReason.DIGEST_MISMATCH,
                        "the time-stamp imprint is not the digest of the signed byte ranges");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CmsSignatureCheck.BC).build(tsa));
            return found;
        } catch (TSPException e) {
            return CmsOutcome.failed(PdfSignatureReason.CMS_INVALID, "the time-stamp token does not verify: " + e.getMessage());
        } catch (CMSException | IOException | CertificateException | OperatorCreationException | RuntimeException e) {
            return CmsOutcome.failed(PdfSignatureReason.CMS_INVALID, "/Contents is not a readable time-stamp token: " + e.getMessage());
        }
    }
}
