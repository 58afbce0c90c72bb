package vn.lienthong.axis.signature;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import vn.lienthong.axis.error.AxisException;

/**
 * Run in a forked JVM with a small heap by {@code LargeSignedPackageIT}: writes a package with one
 * ~200 MB base64 attachment, signs it, verifies it, then flips one attachment byte and verifies
 * again. Prints {@code key=value} lines; exits 0 only if every step behaved.
 */
public final class LargePackageMain {
    private LargePackageMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long base64Bytes = Long.parseLong(args[1]);
        Path unsigned = dir.resolve("large-unsigned.edxml");
        Path signed = dir.resolve("large-signed.edxml");
        long attachmentStart = write(unsigned, base64Bytes);
        System.out.println("packageBytes=" + Files.size(unsigned));

        long t0 = System.nanoTime();
        EdxmlSigner signer = new EdxmlSigner(TestKeys.rsa(2048).key(), TestKeys.rsa(2048).certs());
        signer.sign(unsigned, signed);
        System.out.println("signMillis=" + (System.nanoTime() - t0) / 1_000_000);
        Files.delete(unsigned);

        t0 = System.nanoTime();
        SignatureCheck check = new EdxmlSignatureVerifier().verify(signed);
        System.out.println("verifyMillis=" + (System.nanoTime() - t0) / 1_000_000);
        System.out.println("verified=" + check.signatureMethod());

        try (RandomAccessFile raf = new RandomAccessFile(signed.toFile(), "rw")) {
            long pos = attachmentStart + 3 + Files.size(signed) / 2 - attachmentStart / 2;
            raf.seek(pos);
            int b = raf.read();
            raf.seek(pos);
            raf.write(b == 'A' ? 'B' : 'A');
        }
        try {
            new EdxmlSignatureVerifier().verify(signed);
            System.out.println("tampered=ACCEPTED");
        } catch (AxisException e) {
            System.out.println("tampered=" + e.code());
        }
        System.out.println("peakHeapBytes=" + peakHeap());
        System.out.println("maxHeapBytes=" + Runtime.getRuntime().maxMemory());
    }

    /** Writes the package streaming; returns the offset where the base64 starts. */
    private static long write(Path file, long base64Bytes) throws Exception {
        String xml = SamplePackages.document(1, 3);
        int cut = xml.indexOf("<ContentTransferEncoded>") + "<ContentTransferEncoded>".length();
        int end = xml.indexOf("</ContentTransferEncoded>");
        byte[] head = xml.substring(0, cut).getBytes(UTF_8);
        byte[] tail = xml.substring(end).getBytes(UTF_8);
        Random random = new Random(7);
        byte[] raw = new byte[57 * 1024];
        Base64.Encoder mime = Base64.getMimeEncoder();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(head);
            long written = 0;
            while (written < base64Bytes) {
                random.nextBytes(raw);
                byte[] chunk = mime.encode(raw);
                out.write(chunk);
                out.write('\n');
                written += chunk.length + 1;
            }
            out.write(tail);
        }
        return head.length;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
