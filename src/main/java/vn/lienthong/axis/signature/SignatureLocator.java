package vn.lienthong.axis.signature;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.xml.security.stax.ext.stax.XMLSecEvent;
import org.apache.xml.security.stax.ext.stax.XMLSecStartElement;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * First, short pass: reads the package up to the end of {@code edXMLHeader} and captures the one
 * {@code Signature} there (a few KB, bounded). Refuses a Signature anywhere else, a second one,
 * and comments or processing instructions inside the signed header (they are not covered by a
 * {@code URI=""} reference and can split identity fields, SIG-22).
 */
final class SignatureLocator {
    static final int MAX_SIGNATURE_EVENTS = 5_000;
    static final int MAX_SIGNATURE_CHARS = 512 * 1024;

    /** The captured Signature: its tree, its SignedInfo events (for canonicalization) and namespace. */
    record Captured(XmlNode signature, List<XMLSecEvent> signedInfoEvents, SignatureNamespace namespace) {}

    private SignatureLocator() {}

    static Captured locate(Path file) {
        try (PackageEvents events = new PackageEvents(open(file))) {
            Captured found = null;
            for (XMLSecEvent ev = events.next(); ev != null; ev = events.next()) {
                if (ev.isStartElement()) {
                    XMLSecStartElement s = ev.asStartElement();
                    if (PackageEvents.isSignatureName(s.getName())) {
                        if (found != null || !PackageEvents.isHeaderSignature(s)) {
                            throw misplaced(s, found != null);
                        }
                        found = capture(events, s);
                    }
                } else if (ev.isEndElement()) {
                    if (found != null && PackageEvents.isHeader(events.lastClosed())) {
                        return found;
                    }
                } else if ((ev.isProcessingInstruction() || ev.getEventType() == XMLSecEvent.COMMENT)
                        && insideHeader(events.current())) {
                    XMLSecStartElement open = events.current();
                    throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE, "A comment or processing instruction"
                            + " inside " + PackageEvents.path(open) + " is not covered by the signature;"
                            + " remove it", PackageEvents.path(open));
                }
            }
            if (found == null) {
                throw new AxisException(AxisErrorCode.SIGNATURE_MISSING,
                        "edXMLHeader carries no Signature element", "edXMLHeader/Signature");
            }
            return found;
        }
    }

    static AxisException misplaced(XMLSecStartElement s, boolean second) {
        String where = PackageEvents.path(s);
        return new AxisException(AxisErrorCode.SIGNATURE_PROFILE, second
                ? "A second Signature at " + where + "; exactly one, in edXMLHeader, is allowed"
                : "Signature at " + where + "; exactly one Signature is allowed, as the child of"
                        + " /edXML/edXMLEnvelope/edXMLHeader", where);
    }

    private static Captured capture(PackageEvents events, XMLSecStartElement start) {
        List<XMLSecEvent> all = new ArrayList<>();
        List<XMLSecEvent> signedInfo = new ArrayList<>();
        all.add(start);
        int depth = 1;
        long chars = 0;
        boolean inSignedInfo = false;
        while (depth > 0) {
            XMLSecEvent ev = events.next();
            if (ev == null) {
                throw new AxisException(AxisErrorCode.MALFORMED_XML, "The Signature element is not closed");
            }
            if (ev.isStartElement()) {
                depth++;
                if (depth == 2 && "SignedInfo".equals(ev.asStartElement().getName().getLocalPart())) {
                    inSignedInfo = signedInfo.isEmpty();
                }
                if (PackageEvents.isSignatureName(ev.asStartElement().getName())) {
                    throw misplaced(ev.asStartElement(), true);
                }
            } else if (ev.isCharacters()) {
                chars += ev.asCharacters().getText().length;
            }
            if (inSignedInfo) {
                signedInfo.add(ev);
            }
            if (ev.isEndElement()) {
                depth--;
                inSignedInfo = inSignedInfo && depth > 1;
            }
            all.add(ev);
            if (all.size() > MAX_SIGNATURE_EVENTS || chars > MAX_SIGNATURE_CHARS) {
                throw new AxisException(AxisErrorCode.SIGNATURE_PROFILE,
                        "The Signature element is larger than the profile allows", "edXMLHeader/Signature");
            }
        }
        return new Captured(XmlNode.of(all), List.copyOf(signedInfo),
                SignatureNamespace.of(start.getName().getNamespaceURI()));
    }

    private static boolean insideHeader(XMLSecStartElement e) {
        for (XMLSecStartElement p = e; p != null; p = p.getParentXMLSecStartElement()) {
            if (PackageEvents.isHeader(p)) {
                return true;
            }
        }
        return false;
    }

    static InputStream open(Path file) {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "Cannot read " + file + ": " + e.getMessage(),
                    null, e);
        }
    }
}
