package vn.lienthong.axis.signature;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Verifies the XML-DSig of an edXML package file under the strict profile, streaming: memory does
 * not grow with the package. Order (W3C best practice): profile and algorithms, key size, signing
 * time, SignatureValue over SignedInfo, and only then the long digest pass over the package
 * ({@link #open} stops before that pass, so that a caller can judge the signer first).
 * Throws {@link AxisException} with SIGNATURE_MISSING, SIGNATURE_PROFILE, ALGORITHM_NOT_ALLOWED,
 * WEAK_KEY, UNTRUSTED_SIGNER, SIGNING_TIME_INVALID, SIGNATURE_INVALID, MALFORMED_XML or
 * DTD_NOT_ALLOWED. It does not judge the certificate: that is the trust service's job.
 */
public final class EdxmlSignatureVerifier {
    private final boolean allowSha1;
    private final Clock clock;

    /** @param allowSha1 accept rsa-sha1 and SHA-1 digests ({@code axis.signature.allow-sha1}) */
    public EdxmlSignatureVerifier(boolean allowSha1, Clock clock) {
        this.allowSha1 = allowSha1;
        this.clock = Objects.requireNonNull(clock);
    }

    /** A verifier with SHA-1 refused and the system clock. */
    public EdxmlSignatureVerifier() {
        this(false, Clock.systemUTC());
    }

    public SignatureCheck verify(Path packageFile) {
        Opened opened = open(packageFile);
        opened.verifyDigest(ContentListener.NONE);
        return opened.check();
    }

    /**
     * Everything but the long digest pass: profile, algorithms, key size, signing time and the SignatureValue
     * over SignedInfo. The caller may judge {@link Opened#check()}'s signer before paying for the pass.
     */
    public Opened open(Path packageFile) {
        SignatureLocator.Captured captured = SignatureLocator.locate(packageFile);
        ParsedSignature sig = SignatureProfile.read(captured.signature(), allowSha1);
        X509Certificate signer = sig.certificates().get(0);
        SignatureAlgorithms.checkKey(signer.getPublicKey(), sig.method());
        Instant signingTime = SigningTimes.check(sig.signingTime(), clock);

        byte[] signedInfo = Canonicalization.canonicalize(captured.signedInfoEvents(), sig.canonicalizationMethod());
        if (!SignatureAlgorithms.verify(sig.method(), signer.getPublicKey(), signedInfo, sig.signatureValue())) {
            throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "SignatureValue does not verify over SignedInfo"
                    + " with the key of " + signer.getSubjectX500Principal().getName(), "Signature/SignatureValue");
        }
        SignatureCheck check = new SignatureCheck(captured.namespace(), sig.canonicalizationMethod(),
                sig.signatureMethod(), sig.digestMethod(), sig.transforms(), signer,
                sig.certificates().subList(1, sig.certificates().size()), signingTime);
        return new Opened(packageFile, sig, check);
    }

    /** A signature whose SignedInfo verified; the package content is not yet compared with its digest. */
    public final class Opened {
        private final Path packageFile;
        private final ParsedSignature sig;
        private final SignatureCheck check;

        private Opened(Path packageFile, ParsedSignature sig, SignatureCheck check) {
            this.packageFile = packageFile;
            this.sig = sig;
            this.check = check;
        }

        /** What the signature says (algorithms, signer, chain, signing time). */
        public SignatureCheck check() {
            return check;
        }

        /**
         * The streaming pass over the package, compared with the signed DigestValue; {@code listener} sees
         * the pass. Throws SIGNATURE_INVALID if the content was changed after signing.
         */
        public void verifyDigest(ContentListener listener) {
            MessageDigest md = SignatureAlgorithms.digest(sig.digestMethod(), allowSha1);
            byte[] digest = PackageDigester.digest(packageFile, sig.referenceCanonicalization(), md,
                    PackageDigester.Mode.VERIFY, listener).digest();
            if (!MessageDigest.isEqual(digest, sig.digestValue())) {
                throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "The package content does not match the"
                        + " signed DigestValue: it was changed after signing",
                        "Signature/SignedInfo/Reference/DigestValue");
            }
        }
    }
}
