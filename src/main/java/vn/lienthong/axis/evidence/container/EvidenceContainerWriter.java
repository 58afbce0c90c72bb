package vn.lienthong.axis.evidence.container;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.EvidenceSigner;

/**
 * Writes one ASiC-E evidence container as a stream: {@code mimetype} first and STORED, the package bytes
 * (copied from the blob store, never held in memory), the small files, {@code META-INF/manifest.xml},
 * and last {@code META-INF/signatures.xml} over the digests taken while writing.
 */
public final class EvidenceContainerWriter {
    public static final String PACKAGE = "package.edxml";
    public static final String SIGNATURES = "META-INF/signatures.xml";
    public static final String MANIFEST = "META-INF/manifest.xml";

    /** A small file of the container. */
    public record Entry(String path, String mediaType, byte[] bytes) {
        public static Entry xml(String path, String text) { return new Entry(path, "application/xml", text.getBytes(UTF_8)); }

        public static Entry json(String path, String text) { return new Entry(path, "application/json", text.getBytes(UTF_8)); }
    }

    private final String packageSha256;
    private final Path packageFile;
    private final List<Entry> entries;
    private final EvidenceSigner signer;

    public EvidenceContainerWriter(String packageSha256, Path packageFile, List<Entry> entries, EvidenceSigner signer) {
        this.packageSha256 = packageSha256;
        this.packageFile = packageFile;
        this.entries = List.copyOf(entries);
        this.signer = signer;
    }

    /** Writes the container to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller owns the response stream
            }
        });
        byte[] mimetype = ContainerManifest.MIMETYPE.getBytes(UTF_8);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        put(zip, first, mimetype, digests);

        zip.putNextEntry(new ZipEntry(PACKAGE));
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(packageFile)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                zip.write(buf, 0, n);
            }
        }
        zip.closeEntry();
        byte[] pkgDigest = sha.digest();
        if (!HexFormat.of().formatHex(pkgDigest).equals(packageSha256)) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "the stored package bytes no longer match their"
                    + " SHA-256 " + packageSha256 + "; no evidence container is signed for them");
        }
        digests.put(PACKAGE, pkgDigest);
        types.put(PACKAGE, "application/xml");
        for (Entry e : entries) {
            put(zip, new ZipEntry(e.path()), e.bytes(), digests);
            types.put(e.path(), e.mediaType());
        }
        put(zip, new ZipEntry(MANIFEST), ContainerManifest.openDocumentManifest(types).getBytes(UTF_8), digests);
        ZipEntry sig = new ZipEntry(SIGNATURES);
        zip.putNextEntry(sig);
        zip.write(signer.signContainerManifest(digests));
        zip.closeEntry();
        zip.finish();
        zip.close();
    }

    private static void put(ZipOutputStream zip, ZipEntry e, byte[] bytes, Map<String, byte[]> digests) throws IOException {
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
        digests.put(e.getName(), sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "no SHA-256", null, e);
        }
    }
}
