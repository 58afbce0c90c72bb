package vn.lienthong.axis.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * A SHA-256 fingerprint of a PDF object graph, independent of object numbers and file offsets, so the
 * same content in two revisions gives the same fingerprint. Back links (/Parent, /P, ...) are skipped;
 * pages, signature dictionaries and signature widgets reached inside the graph count as a marker only
 * (they are compared on their own), so adding a signature does not change the fingerprint of other objects.
 */
final class CosFingerprint {
    private static final Set<COSName> BACK_LINKS = Set.of(COSName.PARENT, COSName.P, COSName.getPDFName("Popup"),
            COSName.getPDFName("IRT"));
    private static final int MAX_DEPTH = 64;

    private final MessageDigest md;
    private final Map<COSBase, Integer> seen = new IdentityHashMap<>();

    private CosFingerprint() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    /** The fingerprint of {@code root}, leaving out {@code excludedKeys} of the root dictionary itself. */
    static String of(COSBase root, Set<COSName> excludedKeys) throws IOException {
        CosFingerprint f = new CosFingerprint();
        if (root instanceof COSObject o) {
            root = o.getObject();
        }
        if (root instanceof COSDictionary d) {
            f.dictionary(d, excludedKeys, 0);
        } else {
            f.visit(root, 0);
        }
        return HexFormat.of().formatHex(f.md.digest());
    }

    private void visit(COSBase b, int depth) throws IOException {
        if (b instanceof COSObject o) {
            b = o.getObject();
        }
        if (b == null) {
            put("n");
        } else if (seen.containsKey(b)) {
            put("ref" + seen.get(b));
        } else if (depth > MAX_DEPTH) {
            put("deep");
        } else if (b instanceof COSDictionary d) {
            seen.put(b, seen.size());
            String marker = marker(d);
            if (marker != null) {
                put(marker);
            } else {
                dictionary(d, Set.of(), depth);
            }
        } else if (b instanceof COSArray a) {
            seen.put(b, seen.size());
            put("[" + a.size());
            for (int i = 0; i < a.size(); i++) {
                visit(a.get(i), depth + 1);
            }
        } else {
            scalar(b);
        }
    }

    private void dictionary(COSDictionary d, Set<COSName> excluded, int depth) throws IOException {
        put("<<");
        var keys = d.keySet().stream().filter(k -> !excluded.contains(k) && !BACK_LINKS.contains(k))
                .sorted(Comparator.comparing(COSName::getName)).toList();
        for (COSName k : keys) {
            put("/" + k.getName());
            visit(d.getItem(k), depth + 1);
        }
        if (d instanceof COSStream s) {
            put("stream");
            try (InputStream in = s.createRawInputStream()) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
        }
    }

    private static String marker(COSDictionary d) {
        COSName type = d.getCOSName(COSName.TYPE);
        if (COSName.PAGE.equals(type) || COSName.PAGES.equals(type)) {
            return "page";
        }
        if (COSName.SIG.equals(type) || COSName.DOC_TIME_STAMP.equals(type) || isSignatureWidget(d)) {
            return "sig";
        }
        return null;
    }

    /** A widget of a signature field (merged field/widget, or a kid of a /FT /Sig field). */
    static boolean isSignatureWidget(COSDictionary d) {
        if (!COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        COSDictionary parent = d.getCOSDictionary(COSName.PARENT);
        return COSName.SIG.equals(d.getCOSName(COSName.FT))
                || parent != null && COSName.SIG.equals(parent.getCOSName(COSName.FT));
    }

    private void scalar(COSBase b) {
        if (b instanceof COSName n) {
            put("/" + n.getName());
        } else if (b instanceof COSString s) {
            put("s");
            md.update(s.getBytes());
        } else if (b instanceof COSNumber n) {
            put("#" + n.floatValue());
        } else if (b instanceof COSBoolean bool) {
            put(bool.getValue() ? "true" : "false");
        } else {
            put(b.getClass().getSimpleName());
        }
    }

    private void put(String token) {
        md.update(token.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
