package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Verifies one signature dictionary, in order: /Contents, /ByteRange, CMS (or time-stamp token),
 * changes after signing, signer chain. The first failure decides the status and reason.
 */
final class SignatureVerification {
    private final FileRanges file;
    private final long contentEnd;
    private final RevisionComparator revisions;
    private final SignerChainJudge judge;
    private final Instant at;

    SignatureVerification(FileRanges file, long contentEnd, RevisionComparator revisions, SignerChainJudge judge,
                          Instant at) {
        this.file = file;
        this.contentEnd = contentEnd;
        this.revisions = revisions;
        this.judge = judge;
        this.at = at;
    }

    /** The /ByteRange as longs; null when absent or not an array of integers. */
    static long[] byteRange(PDSignature sig) {
        if (!(sig.getCOSObject().getDictionaryObject(COSName.BYTERANGE) instanceof COSArray a)) {
            return null;
        }
        long[] r = new long[a.size()];
        for (int i = 0; i < r.length; i++) {
            if (!(a.getObject(i) instanceof COSInteger n)) {
                return null;
            }
            r[i] = n.longValue();
        }
        return r;
    }

    PdfSignatureResult verify(String fieldName, PDSignature sig) throws IOException {
        COSDictionary d = sig.getCOSObject();
        String type = d.getNameAsString(COSName.TYPE, "Sig");
        String subFilter = d.getNameAsString(COSName.SUB_FILTER);
        long[] range = byteRange(sig);
        Draft draft = new Draft(fieldName, type, subFilter, range);
        byte[] contents = d.getDictionaryObject(COSName.CONTENTS) instanceof COSString s ? s.getBytes() : null;
        if (contents == null || isZeroPadding(contents)) {
            return draft.finish(PdfSignatureReason.CONTENTS_MISSING, "/Contents is missing or empty");
        }
        if (range == null) {
            return draft.finish(PdfSignatureReason.BYTE_RANGE_INVALID, "/ByteRange is missing or not an array of integers");
        }
        Optional<String> rangeFailure = ByteRangeRule.check(range, contents, file);
        if (rangeFailure.isPresent()) {
            return draft.finish(PdfSignatureReason.BYTE_RANGE_INVALID, rangeFailure.get());
        }
        CmsOutcome cms = switch (subFilter == null ? "" : subFilter) {
            case "adbe.pkcs7.detached", "ETSI.CAdES.detached" -> CmsSignatureCheck.verify(contents, range, file);
            case "ETSI.RFC3161" -> TimestampCheck.verify(contents, range, file);
            default -> CmsOutcome.failed(PdfSignatureReason.SUBFILTER_NOT_SUPPORTED,
                    "/SubFilter " + subFilter + " is not supported (adbe.pkcs7.detached, ETSI.CAdES.detached, ETSI.RFC3161)");
        };
        draft.learn(cms, sig.getSignDate());
        if (!cms.verified()) {
            return draft.finish(cms.failure(), cms.detail());
        }
        if (!draft.coversWholeDocument) {
            Optional<String> change = revisions.changesAfter(range[2] + range[3]);
            if (change.isPresent()) {
                return draft.finish(PdfSignatureReason.MODIFIED_AFTER_SIGNING, "modified after signing: " + change.get());
            }
        }
        ChainJudgement chain = judgeSafely(cms);
        return switch (chain.verdict()) {
            case TRUSTED -> draft.finish(null, draft.coversWholeDocument ? ""
                    : "later revisions only add signatures, time-stamps or validation data");
            case UNTRUSTED -> draft.finish(PdfSignatureReason.SIGNER_UNTRUSTED, chain.detail());
            case INDETERMINATE -> draft.finish(chain.retryLater() ? PdfSignatureReason.REVOCATION_UNAVAILABLE
                    : PdfSignatureReason.CHAIN_INDETERMINATE, chain.detail());
        };
    }

    /** Any failure of the pluggable judge is INDETERMINATE, never an escaping exception or a pass. */
    private ChainJudgement judgeSafely(CmsOutcome cms) {
        try {
            return Objects.requireNonNull(judge.judge(cms.signer(), cms.certificates(), at), "no judgement");
        } catch (RuntimeException e) {
            return ChainJudgement.indeterminate("the signer chain could not be judged: " + e.getMessage(), false);
        }
    }

    private static boolean isZeroPadding(byte[] contents) {
        for (byte b : contents) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The result being assembled while the checks run. */
    private final class Draft {
        private final String fieldName;
        private final String type;
        private final String subFilter;
        private final List<Long> range = new ArrayList<>();
        private final boolean coversWholeDocument;
        private String subject;
        private String organisation;
        private Instant signingTime;
        private String timeSource;
        private String digest;

        Draft(String fieldName, String type, String subFilter, long[] byteRange) {
            this.fieldName = fieldName;
            this.type = type;
            this.subFilter = subFilter;
            if (byteRange != null) {
                for (long v : byteRange) {
                    range.add(v);
                }
            }
            this.coversWholeDocument = byteRange != null && byteRange.length == 4
                    && byteRange[2] + byteRange[3] >= contentEnd;
        }

        void learn(CmsOutcome cms, Calendar pdfSigningTime) {
            X509Certificate signer = cms.signer();
            if (signer != null) {
                subject = signer.getSubjectX500Principal().getName(X500Principal.RFC2253);
                organisation = organisation(signer);
            }
            digest = cms.digestAlgorithm();
            signingTime = cms.signingTime();
            timeSource = cms.signingTimeSource();
            if (signingTime == null && pdfSigningTime != null) {
                signingTime = pdfSigningTime.toInstant();
                timeSource = "PDF_M";
            }
        }

        PdfSignatureResult finish(PdfSignatureReason reason, String detail) {
            SignatureStatus status = reason == null ? SignatureStatus.VALID : reason.status();
            return new PdfSignatureResult(fieldName, type, subFilter, subject, organisation, signingTime, timeSource,
                    digest, range, coversWholeDocument, status, reason, detail);
        }
    }

    private static String organisation(X509Certificate cert) {
        RDN[] rdns = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.O);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
