package vn.lienthong.axis.signature;

import static vn.lienthong.axis.signature.SignatureUris.*;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.stax.ext.Transformer;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_ExclOmitCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_ExclWithCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_OmitCommentsTransformer;
import org.apache.xml.security.stax.impl.transformer.canonicalizer.Canonicalizer20010315_WithCommentsTransformer;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Santuario's streaming (StAX) canonicalizers for the c14n family the profile allows. */
final class Canonicalization {
    /** CanonicalizationMethod URIs allowed for SignedInfo. */
    static final Set<String> SIGNED_INFO_METHODS = Set.of(C14N, C14N_WITH_COMMENTS, EXC_C14N, EXC_C14N_WITH_COMMENTS);
    /** c14n transforms allowed after enveloped-signature (the VNPT typo means exc-c14n, see the docs). */
    static final Set<String> REFERENCE_TRANSFORMS =
            Set.of(C14N, C14N_WITH_COMMENTS, EXC_C14N, EXC_C14N_WITH_COMMENTS, EXC_C14N_VNPT_TYPO);

    private Canonicalization() {}

    /** A canonicalizer for SignedInfo; comments are kept only by the #WithComments methods. */
    static Transformer forSignedInfo(String uri, OutputStream out) {
        return switch (uri) {
            case C14N -> open(new Canonicalizer20010315_OmitCommentsTransformer(), out);
            case C14N_WITH_COMMENTS -> open(new Canonicalizer20010315_WithCommentsTransformer(), out);
            case EXC_C14N -> open(new Canonicalizer20010315_ExclOmitCommentsTransformer(), out);
            case EXC_C14N_WITH_COMMENTS -> open(new Canonicalizer20010315_ExclWithCommentsTransformer(), out);
            default -> throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE, "CanonicalizationMethod " + uri
                    + " is not allowed; use c14n or exc-c14n", "Signature/SignedInfo/CanonicalizationMethod");
        };
    }

    /**
     * A canonicalizer for the whole-package reference. {@code URI=""} selects the document without
     * comments, so the #WithComments variants produce the same octets as their omit-comments twins.
     * A null {@code uri} (enveloped-signature only) means inclusive c14n, as XML-DSig specifies.
     */
    static Transformer forReference(String uri, OutputStream out) {
        if (uri == null || C14N.equals(uri) || C14N_WITH_COMMENTS.equals(uri)) {
            return open(new Canonicalizer20010315_OmitCommentsTransformer(), out);
        }
        if (REFERENCE_TRANSFORMS.contains(uri)) {
            return open(new Canonicalizer20010315_ExclOmitCommentsTransformer(), out);
        }
        throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE, "Transform " + uri + " is not allowed",
                "Signature/SignedInfo/Reference/Transforms");
    }

    /** Canonicalizes a captured, self-contained event list (SignedInfo) with its ancestors' context. */
    static byte[] canonicalize(List<XMLSecEvent> events, String uri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Transformer t = forSignedInfo(uri, out);
        try {
            for (XMLSecEvent ev : events) {
                t.transform(ev);
            }
            t.doFinal();
        } catch (XMLStreamException e) {
            throw new AxisException(AxisErrorCode.SIGNATURE_INVALID, "SignedInfo cannot be canonicalized: "
                    + e.getMessage(), "Signature/SignedInfo", e);
        }
        return out.toByteArray();
    }

    private static Transformer open(Transformer t, OutputStream out) {
        try {
            t.setOutputStream(out);
            return t;
        } catch (XMLSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "Canonicalizer setup failed", null, e);
        }
    }
}
