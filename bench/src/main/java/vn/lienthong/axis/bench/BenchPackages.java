package vn.lienthong.axis.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.lienthong.axis.signature.EdxmlSigner;
import vn.lienthong.axis.signature.pdf.SignedPdfFixture;
import vn.lienthong.axis.support.SampleCredentials;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.TestPackages;

/**
 * Real signed packages for the load: edXML written by the axis's writer, XML-DSig (RSA-2048,
 * rsa-sha256) with the sender's SAMPLE key, attachments made once and shared. Built before the clock
 * starts; every package has its own DocumentId.
 */
final class BenchPackages {
    /** The sender of every bench package: UBND tỉnh Mẫu (SAMPLE PKI). */
    static final String SENDER = "000.00.00.H99";
    /** A local pull unit of the sample directory. */
    static final String PULL_RECIPIENT = "000.00.01.H99";

    private final Path dir;
    private final EdxmlSigner signer;

    BenchPackages(Path dir) throws IOException {
        AxisServer.deleteTree(dir);
        this.dir = Files.createDirectories(dir);
        this.signer = TestPackages.signer(SENDER, false);
    }

    /** Room the PAdES signature takes in the signed PDF (PDFBox's reserved signature size, hex-encoded). */
    private static final int SIGNATURE_ROOM = 40_000;

    /** A PDF of about {@code bytes} bytes (incompressible padding stream), PAdES-signed by the sender. */
    Path signedPdf(int bytes) throws Exception {
        Path unsigned = dir.resolve("attachment-unsigned.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            COSStream padding = doc.getDocument().createCOSStream();
            byte[] random = new byte[Math.max(1, bytes - SIGNATURE_ROOM)];
            new Random(42).nextBytes(random);
            try (OutputStream out = padding.createRawOutputStream()) {
                out.write(random);
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("BenchPadding"), padding);
            doc.save(unsigned.toFile());
        }
        Path signed = dir.resolve("attachment-signed.pdf");
        return SignedPdfFixture.sign(unsigned, signed, SampleCredentials.load(SampleKeys.signingP12(SENDER, false)));
    }

    /** A file of {@code bytes} random (incompressible) bytes. */
    Path randomFile(String name, long bytes) throws IOException {
        Path f = dir.resolve(name);
        Random random = new Random(7);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long left = bytes; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return f;
    }

    /** One signed document package from {@link #SENDER} to {@code recipients}, a fresh DocumentId. */
    Path signedDocument(String name, List<String> recipients, Path... attachments) {
        Path file = dir.resolve(name + ".edxml");
        Path unsigned = TestPackages.write(TestPackages.document(SENDER, recipients, attachments),
                dir.resolve(name + ".unsigned.edxml"));
        signer.sign(unsigned, file);
        try {
            Files.delete(unsigned);
        } catch (IOException e) {
            throw new BenchFailure("cannot delete " + unsigned + ": " + e);
        }
        return file;
    }

    /** {@code count} distinct signed packages, read into memory (the intake pool). */
    List<byte[]> pool(int count, List<String> recipients, Path attachment) {
        // signed on every core: the pool is built before the clock starts
        return java.util.stream.IntStream.range(0, count).parallel().mapToObj(i -> {
            try {
                Path f = signedDocument("pool-" + i, recipients, attachment);
                byte[] bytes = Files.readAllBytes(f);
                Files.delete(f);
                return bytes;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }
}
