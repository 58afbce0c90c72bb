package vn.lienthong.axis.signature.report;

import java.util.List;
import vn.lienthong.axis.signature.SignatureCheck;
import vn.lienthong.axis.trust.ChainElement;
import vn.lienthong.axis.trust.RevocationCheck;

/**
 * The package (XML-DSig) part of the verification report.
 *
 * @param status     VALID, INVALID, ABSENT (no signature, allowed by policy) or NOT_CHECKED (policy off)
 * @param signature  algorithms and signer as read from the Signature, or null
 * @param binding    how the signer was bound to the sending agency (REGISTERED, SUBJECT_RULE), or null
 * @param chain      the validated certificate path, signer first
 * @param revocationSource CRL, OCSP, CACHE, OFF or "unavailable (soft-fail)"
 * @param validatedAt when the path was validated (ISO-8601)
 */
public record PackageSignatureReport(String status, SignatureCheck.Report signature, String binding,
        List<ChainElement> chain, String revocationSource, List<RevocationCheck> revocation, String validatedAt) {

    public static PackageSignatureReport notChecked() {
        return new PackageSignatureReport("NOT_CHECKED", null, null, List.of(), null, List.of(), null);
    }

    public static PackageSignatureReport absent() {
        return new PackageSignatureReport("ABSENT", null, null, List.of(), null, List.of(), null);
    }

    public static PackageSignatureReport invalid(SignatureCheck.Report signature) {
        return new PackageSignatureReport("INVALID", signature, null, List.of(), null, List.of(), null);
    }
}
