package vn.lienthong.axis.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.SignatureCheck;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.TestPackages;

/**
 * JMH: package XML-DSig verifications per second (streaming verifier, strict profile) for a 100 KB and
 * a 10 MB package, signed with the SAMPLE RSA-2048 or EC P-256 key of 000.00.01.H99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureVerificationBenchmark {
    @Param({"100KB", "10MB"})
    public String size;

    @Param({"RSA-2048", "EC-P256"})
    public String key;

    private Path dir;
    private Path signed;
    private final EdxmlSignatureVerifier verifier = new EdxmlSignatureVerifier();

    @Setup(Level.Trial)
    public void signPackage() throws IOException {
        dir = Files.createTempDirectory("jmh-sig-");
        long bytes = "10MB".equals(size) ? 10L * 1024 * 1024 : 100L * 1024;
        Path attachment = randomFile(dir.resolve("phu-luc.bin"), bytes);
        String unit = "000.00.01.H99";
        signed = TestPackages.writeSigned(TestPackages.document(unit, java.util.List.of("000.00.02.H99"), attachment),
                dir.resolve("signed.edxml"), unit, "EC-P256".equals(key));
    }

    @Benchmark
    public SignatureCheck verify() {
        return verifier.verify(signed);
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Path randomFile(Path file, long bytes) throws IOException {
        Random random = new Random(42);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
        return file;
    }

    /** The path the SAMPLE keys come from, for the record. */
    static Path keys() {
        return SampleKeys.DIR;
    }
}
