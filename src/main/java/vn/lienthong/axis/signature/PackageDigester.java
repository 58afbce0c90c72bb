package vn.lienthong.axis.signature;

import java.nio.file.Path;
import java.security.MessageDigest;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.xml.security.stax.ext.Transformer;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * The long, streaming pass: canonicalizes the whole package minus the header Signature (the
 * enveloped-signature transform) straight into a MessageDigest; memory stays constant whatever
 * the attachment size. In {@link Mode#SIGN} it also finds where the Signature will be inserted.
 */
final class PackageDigester {
    enum Mode { VERIFY, SIGN }

    /** The digest, and for signing the qualified name of edXMLHeader (to find its end tag). */
    record Result(byte[] digest, String headerQName) {}

    private PackageDigester() {}

    static Result digest(Path file, String c14nUri, MessageDigest md, Mode mode) {
        return digest(file, c14nUri, md, mode, ContentListener.NONE);
    }

    /** @param listener sees the elements and text of the pass (not the header Signature) */
    static Result digest(Path file, String c14nUri, MessageDigest md, Mode mode, ContentListener listener) {
        DigestSink out = new DigestSink(md);
        Transformer c14n = Canonicalization.forReference(c14nUri, out);
        String headerQName = null;
        boolean headerDone = false;
        boolean skippedSignature = false;
        int depth = 0;
        try (PackageEvents events = new PackageEvents(SignatureLocator.open(file))) {
            events.divertText(out);
            events.listen(listener);
            if (mode == Mode.SIGN) {
                checkEncoding(events);
            }
            for (XMLSecEvent ev = events.next(); ev != null; ev = events.next()) {
                if (ev.isStartElement()) {
                    XMLSecStartElement s = ev.asStartElement();
                    if (PackageEvents.isSignatureName(s.getName())) {
                        if (mode == Mode.SIGN) {
                            throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE, "The package is already signed"
                                    + " (Signature at " + PackageEvents.path(s) + ")", PackageEvents.path(s));
                        }
                        if (skippedSignature || !PackageEvents.isHeaderSignature(s)) {
                            throw SignatureLocator.misplaced(s, skippedSignature);
                        }
                        events.divertText(null);
                        skip(events);
                        events.divertText(out);
                        skippedSignature = true;
                        continue;
                    }
                    if (mode == Mode.SIGN && headerQName != null && !headerDone
                            && "edXMLHeader".equals(s.getName().getLocalPart())) {
                        throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE,
                                "Cannot sign: edXMLHeader is nested at " + PackageEvents.path(s), null);
                    }
                    if (headerQName == null && PackageEvents.isHeader(s)) {
                        String prefix = s.getName().getPrefix();
                        headerQName = (prefix.isEmpty() ? "" : prefix + ":") + s.getName().getLocalPart();
                    }
                    listener.start(++depth, s.getName().getLocalPart());
                } else if (ev.isEndElement()) {
                    listener.end(depth--);
                    if (headerQName != null && PackageEvents.isHeader(events.lastClosed())) {
                        headerDone = true;
                    }
                } else if (ev.isCharacters() && depth > 0) {
                    char[] text = ev.asCharacters().getText();
                    listener.text(text, 0, text.length);
                }
                if (mode == Mode.SIGN && !headerDone && isOpaque(events.rawType())) {
                    throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE, "Cannot sign: the package has a"
                            + " comment, CDATA section or processing instruction before the end of edXMLHeader", null);
                }
                c14n.transform(ev);
            }
            c14n.doFinal();
            out.flush();
        } catch (XMLStreamException e) {
            throw new AxisException(AxisErrorCode.MALFORMED_XML, "Canonicalization failed: " + e.getMessage(), null, e);
        }
        if (headerQName == null) {
            throw new AxisException(AxisErrorCode.NOT_EDXML, "No /edXML/edXMLEnvelope/edXMLHeader element", null);
        }
        return new Result(md.digest(), headerQName);
    }

    private static void skip(PackageEvents events) {
        int depth = 1;
        while (depth > 0) {
            XMLSecEvent ev = events.next();
            if (ev == null) {
                throw new AxisException(AxisErrorCode.MALFORMED_XML, "The Signature element is not closed");
            }
            if (ev.isStartElement()) {
                if (PackageEvents.isSignatureName(ev.asStartElement().getName())) {
                    throw SignatureLocator.misplaced(ev.asStartElement(), true);
                }
                depth++;
            } else if (ev.isEndElement()) {
                depth--;
            }
        }
    }

    private static boolean isOpaque(int rawType) {
        return rawType == XMLStreamConstants.COMMENT || rawType == XMLStreamConstants.CDATA
                || rawType == XMLStreamConstants.PROCESSING_INSTRUCTION;
    }

    private static void checkEncoding(PackageEvents events) {
        String enc = events.declaredEncoding();
        if (enc != null && !enc.equalsIgnoreCase("UTF-8")) {
            throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE,
                    "Cannot sign a package encoded in " + enc + "; edXML packages are UTF-8", null);
        }
    }
}
