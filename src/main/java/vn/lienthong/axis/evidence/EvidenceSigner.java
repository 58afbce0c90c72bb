package vn.lienthong.axis.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.EdxmlSigner;
import vn.lienthong.axis.signature.SignatureCheck;

/**
 * Signs the axis's evidence documents (edXML envelope shape) with the axis key, through the same
 * {@link EdxmlSigner} and strict profile as packages, and verifies them with
 * {@link EdxmlSignatureVerifier} plus a check that the signer is this axis's certificate.
 */
public final class EvidenceSigner {
    private final EdxmlSigner signer;
    private final X509Certificate certificate;
    private final Path scratch;
    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public EvidenceSigner(PrivateKey key, List<X509Certificate> chain, Path scratch) {
        this.signer = new EdxmlSigner(key, chain);
        this.key = key;
        this.chain = List.copyOf(chain);
        this.certificate = chain.get(0);
        this.scratch = scratch;
    }

    /** Loads {@code alias} (or the first key entry if blank) from a PKCS#12 key store. */
    public static EvidenceSigner fromPkcs12(Path p12, char[] password, String alias, Path scratch) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            String chosen = alias == null || alias.isBlank() ? Collections.list(ks.aliases()).stream()
                    .filter(a -> isKey(ks, a)).findFirst().orElse(null) : alias;
            if (chosen == null || !isKey(ks, chosen)) {
                throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, p12 + " holds no private key"
                        + (alias == null || alias.isBlank() ? "" : " under alias " + alias), "axis.signing.key-alias");
            }
            Certificate[] chain = ks.getCertificateChain(chosen);
            return new EvidenceSigner((PrivateKey) ks.getKey(chosen, password),
                    Arrays.stream(chain).map(c -> (X509Certificate) c).toList(), scratch);
        } catch (IOException | GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "Cannot read the axis signing key " + p12
                    + ": " + e.getMessage(), "axis.signing.key-store", e);
        }
    }

    private static boolean isKey(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public X509Certificate certificate() { return certificate; }

    /** Signs an evidence container's manifest (file path → SHA-256), a detached XML-DSig (ADR 018). */
    public byte[] signContainerManifest(java.util.Map<String, byte[]> digests) {
        return vn.lienthong.axis.evidence.container.ContainerManifest.sign(digests, key, chain);
    }

    /** SHA-256 of the axis certificate, lower-case hex. */
    public String certificateSha256() { return sha256(certificate); }

    /** Signs an unsigned evidence document; returns the signed text. */
    public String sign(String unsigned) {
        Path in = null;
        try {
            Files.createDirectories(scratch);
            in = Files.createTempFile(scratch, "evidence-", ".xml");
            Files.writeString(in, unsigned, UTF_8);
            signer.sign(in, in);
            return Files.readString(in, UTF_8);
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot sign evidence: " + e.getMessage(), null, e);
        } finally {
            delete(in);
        }
    }

    /**
     * Verifies a signed evidence document under the strict profile and that {@code expected} signed it
     * (null: any signer); returns the signature check. Throws AxisException when it does not verify.
     */
    public static SignatureCheck verify(String signed, X509Certificate expected, Path scratch) {
        Path in = null;
        try {
            Files.createDirectories(scratch);
            in = Files.createTempFile(scratch, "evidence-", ".xml");
            Files.writeString(in, signed, UTF_8);
            SignatureCheck check = new EdxmlSignatureVerifier().verify(in);
            if (expected != null && !check.signer().equals(expected)) {
                throw new AxisException(AxisErrorCode.UNTRUSTED_SIGNER, "signed by "
                        + check.signer().getSubjectX500Principal().getName() + ", not by the axis certificate "
                        + expected.getSubjectX500Principal().getName(), "Signature/KeyInfo");
            }
            return check;
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot verify evidence: " + e.getMessage(), null, e);
        } finally {
            delete(in);
        }
    }

    public static String sha256(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot hash a certificate", null, e);
        }
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a scratch file; the spool cleanup removes leftovers
            }
        }
    }
}
