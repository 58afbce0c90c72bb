package vn.lienthong.axis.signature;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Signs an edXML package file with the profile the verifier enforces: one {@code Reference URI=""},
 * enveloped-signature + exc-c14n, SHA-256, rsa-sha256 or ecdsa-sha256 by key type, the signer
 * certificate (and chain) in KeyInfo. The digest comes from the same streaming canonical pass as
 * verification; the {@code Signature} is spliced in as the last child of {@code edXMLHeader} by
 * copying bytes, so nothing else in the package is re-serialised.
 */
public final class EdxmlSigner {
    /** Algorithm and form choices; {@link #defaults()} is what production uses. */
    public record Options(String signatureMethod, String digestMethod, SignatureNamespace namespace,
            boolean allowSha1) {
        public static Options defaults() {
            return new Options(null, SignatureUris.SHA256, SignatureNamespace.DSIG, false);
        }
    }

    private final PrivateKey key;
    private final List<X509Certificate> certificates;
    private final Options options;

    /** @param certificates the signer certificate first, then any chain certificates for KeyInfo */
    public EdxmlSigner(PrivateKey key, List<X509Certificate> certificates, Options options) {
        if (certificates.isEmpty()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "No signer certificate given", null);
        }
        this.key = key;
        this.certificates = List.copyOf(certificates);
        this.options = options;
    }

    public EdxmlSigner(PrivateKey key, List<X509Certificate> certificates) {
        this(key, certificates, Options.defaults());
    }

    /** Loads the first private key entry of a PKCS#12 file and its certificate chain. */
    public static EdxmlSigner fromPkcs12(Path p12, char[] password) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    Certificate[] chain = ks.getCertificateChain(alias);
                    List<X509Certificate> certs = Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
                    return new EdxmlSigner((PrivateKey) ks.getKey(alias, password), certs);
                }
            }
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, p12 + " holds no private key", null);
        } catch (IOException | GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "Cannot read " + p12 + ": " + e.getMessage(), null, e);
        }
    }

    /** Signs {@code in} into {@code out} (which may be the same file; it is replaced atomically). */
    public void sign(Path in, Path out) {
        String methodUri = options.signatureMethod() != null ? options.signatureMethod()
                : "EC".equals(key.getAlgorithm()) ? SignatureUris.ECDSA_SHA256 : SignatureUris.RSA_SHA256;
        SignatureAlgorithms.Method method = SignatureAlgorithms.signatureMethod(methodUri, options.allowSha1());
        var md = SignatureAlgorithms.digest(options.digestMethod(), options.allowSha1());
        PackageDigester.Result digest = PackageDigester.digest(in, SignatureUris.EXC_C14N, md, PackageDigester.Mode.SIGN);
        String ns = options.namespace().uri();
        String signedInfoBody = signedInfoBody(methodUri, digest.digest());
        byte[] canonicalSignedInfo = ("<SignedInfo xmlns=\"" + ns + "\">" + signedInfoBody + "</SignedInfo>")
                .getBytes(UTF_8);
        byte[] value;
        try {
            value = SignatureAlgorithms.sign(method, key, canonicalSignedInfo);
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "Signing with " + methodUri
                    + " failed: " + e.getMessage(), null, e);
        }
        String signature = "<Signature xmlns=\"" + ns + "\"><SignedInfo>" + signedInfoBody + "</SignedInfo>"
                + "<SignatureValue>" + b64(value) + "</SignatureValue>" + keyInfo() + "</Signature>";
        splice(in, out, ("</" + digest.headerQName()).getBytes(UTF_8), signature.getBytes(UTF_8));
    }

    private String signedInfoBody(String methodUri, byte[] digestValue) {
        return "<CanonicalizationMethod Algorithm=\"" + SignatureUris.EXC_C14N + "\"></CanonicalizationMethod>"
                + "<SignatureMethod Algorithm=\"" + methodUri + "\"></SignatureMethod>"
                + "<Reference URI=\"\"><Transforms>"
                + "<Transform Algorithm=\"" + SignatureUris.ENVELOPED + "\"></Transform>"
                + "<Transform Algorithm=\"" + SignatureUris.EXC_C14N + "\"></Transform></Transforms>"
                + "<DigestMethod Algorithm=\"" + options.digestMethod() + "\"></DigestMethod>"
                + "<DigestValue>" + b64(digestValue) + "</DigestValue></Reference>";
    }

    private String keyInfo() {
        StringBuilder sb = new StringBuilder("<KeyInfo><X509Data>");
        for (X509Certificate c : certificates) {
            try {
                sb.append("<X509Certificate>").append(b64(c.getEncoded())).append("</X509Certificate>");
            } catch (GeneralSecurityException e) {
                throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "Bad certificate", null, e);
            }
        }
        return sb.append("</X509Data></KeyInfo>").toString();
    }

    /** Copies {@code in} to {@code out}, inserting {@code insert} right before the first {@code endTag}. */
    private static void splice(Path in, Path out, byte[] endTag, byte[] insert) {
        Path tmp = null;
        try {
            long offset = ByteSearch.endTagOffset(in, endTag);
            Path dir = out.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, ".signing-", ".edxml");
            try (var src = Files.newByteChannel(in); OutputStream o = Files.newOutputStream(tmp)) {
                ByteSearch.copy(src, o, 0, offset);
                o.write(insert);
                ByteSearch.copy(src, o, offset, Files.size(in) - offset);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "Cannot write " + out + ": " + e.getMessage(),
                    null, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
