package vn.lienthong.axis.edxml;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Run in a small-heap child JVM by {@link LargePackageIT}: writes a package with one large generated attachment,
 * reads it back, prints both SHA-256s and exits 0 when they are equal. Arguments: work folder, size in MiB.
 */
public final class LargePackageRoundTrip {
    private LargePackageRoundTrip() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        Path source = dir.resolve("source.bin");
        Path edxml = dir.resolve("large.edxml");
        String sourceSha = generate(source, bytes);
        System.out.println("SOURCE-SHA256 " + sourceSha);

        Attachment attachment = Attachment.ofFile("large-1", "tài liệu lớn.pdf", "application/pdf", source);
        EdxmlPackage pkg = EdxmlPackage.document(SamplePackages.header(), SamplePackages.trace(BusinessType.NEW),
                List.of(ManifestReference.of(attachment)), List.of(attachment));
        new EdxmlWriter().write(pkg, edxml);
        Files.delete(source);
        System.out.println("PACKAGE-BYTES " + Files.size(edxml));

        ReaderLimits limits = ReaderLimits.defaults().withMaxAttachmentBytes(bytes + 1);
        EdxmlPackage read;
        try (InputStream in = Files.newInputStream(edxml)) {
            read = new EdxmlReader(limits).read(in, AttachmentSink.directory(dir.resolve("read")));
        }
        Files.delete(edxml);
        Attachment back = read.attachments().get(0);
        System.out.println("READ-SHA256 " + back.sha256());
        System.out.println("READ-SIZE " + back.size());
        System.out.println("MAX-HEAP " + Runtime.getRuntime().maxMemory());
        Files.delete(back.file());
        System.exit(sourceSha.equals(back.sha256()) && back.size() == bytes ? 0 : 3);
    }

    private static String generate(Path file, long bytes) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        SplittableRandom random = new SplittableRandom(42);
        byte[] buf = new byte[1024 * 1024];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (long left = bytes; left > 0; left -= buf.length) {
                for (int i = 0; i < buf.length; i += 8) {
                    long r = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        buf[i + k] = (byte) (r >>> (8 * k));
                    }
                }
                int n = (int) Math.min(buf.length, left);
                sha.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
