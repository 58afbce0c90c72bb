package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Verifies the detached CMS of an {@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached} signature
 * against the signed byte ranges, streaming them from the file.
 */
final class CmsSignatureCheck {
    static final Provider BC = new BouncyCastleProvider();
    private static final DefaultCMSSignatureAlgorithmNameGenerator SIGNATURE_NAMES =
            new DefaultCMSSignatureAlgorithmNameGenerator();

    /** Allowed digest algorithms (SHA-2 and SHA-3, 256 bits and up), by OID. */
    static final Map<String, String> DIGESTS = Map.of(
            "2.16.840.1.101.3.4.2.1", "SHA-256", "2.16.840.1.101.3.4.2.2", "SHA-384",
            "2.16.840.1.101.3.4.2.3", "SHA-512", "2.16.840.1.101.3.4.2.8", "SHA3-256",
            "2.16.840.1.101.3.4.2.9", "SHA3-384", "2.16.840.1.101.3.4.2.10", "SHA3-512");

    /** Signature algorithm OIDs with a built-in SHA-1 or MD5 digest: md5/sha1WithRSA, ecdsa-with-SHA1, dsa-with-sha1. */
    private static final Set<String> WEAK_SIGNATURE_ALGORITHMS = Set.of("1.2.840.113549.1.1.4",
            "1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3");

    private CmsSignatureCheck() {
    }

    static CmsOutcome verify(byte[] contents, long[] range, FileRanges file) {
        try {
            ContentInfo info = contentInfo(contents);
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())
                    || SignedData.getInstance(info.getContent()).getEncapContentInfo().getContent() != null) {
                return CmsOutcome.failed(PdfSignatureReason.CMS_INVALID,
                        "/Contents must be a detached CMS SignedData (no encapsulated content)");
            }
            CMSSignedData cms = new CMSSignedData(new RangesContent(file, range), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return CmsOutcome.failed(PdfSignatureReason.CMS_INVALID,
                        "the CMS must carry exactly one SignerInfo, carries " + signers.size());
            }
            SignerInformation si = signers.iterator().next();
            List<X509CertificateHolder> holders = List.copyOf(cms.getCertificates().getMatches(null));
            List<X509Certificate> certs = certificates(holders);
            X509Certificate signer = signerAmong(si, holders, certs);
            String digest = DIGESTS.get(si.getDigestAlgOID());
            CmsOutcome found = new CmsOutcome(null, "", signer, certs, digest, signingTime(si),
                    signingTime(si) == null ? null : "CMS_SIGNING_TIME");
            if (signer == null) {
                return found.withFailure(PdfSignatureReason.CMS_INVALID, "the signer certificate is not in the CMS");
            }
            String weak = WEAK_SIGNATURE_ALGORITHMS.contains(si.getEncryptionAlgOID())
                    ? "signature algorithm " + si.getEncryptionAlgOID() + " uses SHA-1 or MD5"
                    : weakness(digest, si.getDigestAlgOID(), signer);
            if (weak != null) {
                return found.withFailure(PdfSignatureReason.ALGORITHM_NOT_ALLOWED, weak);
            }
            String substitution = SigningCertificateBinding.mismatch(si, signer);
            if (substitution != null) {
                return found.withFailure(PdfSignatureReason.CMS_INVALID, substitution);
            }
            return verifySignerInfo(si, signer, found);
        } catch (CMSException | IOException | CertificateException | OperatorCreationException | RuntimeException e) {
            return CmsOutcome.failed(PdfSignatureReason.CMS_INVALID, "/Contents is not a readable CMS SignedData: " + e.getMessage());
        }
    }

    /**
     * BouncyCastle checks the signature value; the JDK's own provider digests the signed ranges
     * (its SHA-2 uses the CPU's intrinsics, several times faster than BouncyCastle's pure Java).
     */
    private static SignerInformationVerifier verifierFor(X509Certificate signer) throws OperatorCreationException {
        return new SignerInformationVerifier(SIGNATURE_NAMES, new DefaultSignatureAlgorithmIdentifierFinder(),
                new JcaContentVerifierProviderBuilder().setProvider(BC).build(signer),
                new JcaDigestCalculatorProviderBuilder().build());
    }

    private static CmsOutcome verifySignerInfo(SignerInformation si, X509Certificate signer, CmsOutcome found)
            throws OperatorCreationException {
        try {
            boolean ok = si.verify(verifierFor(signer));
            return ok ? found : found.withFailure(PdfSignatureReason.CMS_INVALID,
                    "the CMS signature value does not verify with the signer certificate's key");
        } catch (CMSSignerDigestMismatchException e) {
            return found.withFailure(PdfSignatureReason.DIGEST_MISMATCH,
                    "the signed byte ranges do not match the signed message-digest: the file was changed after signing");
        } catch (CMSVerifierCertificateNotValidException e) {
            return found.withFailure(PdfSignatureReason.SIGNER_UNTRUSTED,
                    "the signer certificate was not valid at the claimed signing time");
        } catch (CMSException e) {
            return found.withFailure(PdfSignatureReason.CMS_INVALID, "the CMS does not verify: " + e.getMessage());
        }
    }

    /** Parses one DER object, ignoring the zero padding PDF writers leave after it in /Contents. */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive obj = in.readObject();
            if (obj == null) {
                throw new IOException("no ASN.1 object");
            }
            return ContentInfo.getInstance(obj);
        }
    }

    /** Null when acceptable, else the reason in words. */
    static String weakness(String digestName, String digestOid, X509Certificate signer) {
        if (digestName == null) {
            return "digest algorithm " + digestOid + " is not allowed (SHA-256 or stronger required)";
        }
        if (signer.getPublicKey() instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
            return "RSA key of " + rsa.getModulus().bitLength() + " bits is too short (2048 required)";
        }
        if (signer.getPublicKey() instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() < 256) {
            return "EC key of " + ec.getParams().getCurve().getField().getFieldSize() + " bits is too short (256 required)";
        }
        return null;
    }

    static List<X509Certificate> certificates(Collection<X509CertificateHolder> holders) throws CertificateException {
        JcaX509CertificateConverter conv = new JcaX509CertificateConverter().setProvider(BC);
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder h : holders) {
            out.add(conv.getCertificate(h));
        }
        return out;
    }

    /** The first certificate the SignerInfo's identifier matches (each certificate converted once). */
    private static X509Certificate signerAmong(SignerInformation si, List<X509CertificateHolder> holders,
                                               List<X509Certificate> certs) {
        for (int i = 0; i < holders.size(); i++) {
            if (si.getSID().match(holders.get(i))) {
                return certs.get(i);
            }
        }
        return null;
    }

    static X509Certificate signerCertificate(Collection<X509CertificateHolder> matches) throws CertificateException {
        List<X509Certificate> certs = certificates(matches);
        return certs.isEmpty() ? null : certs.get(0);
    }

    private static Instant signingTime(SignerInformation si) {
        if (si.getSignedAttributes() == null) {
            return null;
        }
        Attribute a = si.getSignedAttributes().get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() != 1) {
            return null;
        }
        return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    /** The detached content: the two signed ranges, streamed from the file when the verifier digests them. */
    private record RangesContent(FileRanges file, long[] range) implements CMSProcessable {
        @Override
        public void write(OutputStream out) throws IOException {
            file.writeSignedRanges(range, out);
        }

        @Override
        public Object getContent() {
            return null;
        }
    }

    /** The digest of the signed ranges with the named algorithm. */
    static byte[] digest(FileRanges file, long[] range, String algorithm) throws IOException {
        try {
            return file.digestSignedRanges(range, MessageDigest.getInstance(algorithm));
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("digest " + algorithm + " unavailable", e);
        }
    }
}
