package vn.lienthong.axis.signature.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Certification signatures (DocMDP): with permission P=1 no change at all is allowed after certifying,
 * so a later approval signature breaks it; document time-stamps and DSS remain allowed (PAdES).
 * Changes P=2 and P=3 forbid beyond signatures are already caught by {@link RevisionComparator}.
 */
final class DocMdpRule {
    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");

    private DocMdpRule() {
    }

    /** The DocMDP permission (1–3) of a certification signature dictionary, or 0 when it certifies nothing. */
    static int permission(COSDictionary signature) {
        if (!(signature.getDictionaryObject(COSName.REFERENCE) instanceof COSArray refs)) {
            return 0;
        }
        for (COSBase ref : refs) {
            if (ref instanceof COSObject o) {
                ref = o.getObject();
            }
            if (ref instanceof COSDictionary d && DOC_MDP.equals(d.getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary params = d.getCOSDictionary(COSName.getPDFName("TransformParams"));
                return params == null ? 2 : params.getInt(COSName.P, 2);
            }
        }
        return 0;
    }

    /** Marks a P=1 certification signature as modified when an approval signature follows it. */
    static List<PdfSignatureResult> apply(List<COSDictionary> dictionaries, List<PdfSignatureResult> results) {
        List<PdfSignatureResult> out = new ArrayList<>(results);
        for (int i = 0; i < dictionaries.size(); i++) {
            if (permission(dictionaries.get(i)) != 1 || out.get(i).status() == SignatureStatus.INVALID) {
                continue;
            }
            for (int later = i + 1; later < results.size(); later++) {
                if ("Sig".equals(results.get(later).type())) {
                    out.set(i, out.get(i).withFailure(PdfSignatureReason.MODIFIED_AFTER_SIGNING,
                            "certified with no changes allowed (DocMDP P=1), but signature '"
                                    + results.get(later).fieldName() + "' was added later"));
                    break;
                }
            }
        }
        return out;
    }
}
