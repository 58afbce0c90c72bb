package vn.lienthong.axis.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.lienthong.axis.config.DurableH2Files;
import vn.lienthong.axis.edxml.AttachmentCapture;
import vn.lienthong.axis.edxml.AttachmentSink;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.intake.VerifyingInspector;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.pdf.ChainJudgement;
import vn.lienthong.axis.signature.pdf.PdfSignatureInspector;

/**
 * CPU milliseconds per operation (this thread's user + system time, one thread) of each irreducible part
 * of accepting one intake package (issue 15 §1): SHA-256 of the bytes, the XML-DSig check (canonical
 * digest pass + RSA), the PDF attachment's CMS check (byte-range digest + RSA), an fsync'd write of the
 * bytes, and one ledger commit (the acceptance's statements on the run's database: the axis's embedded H2 URL, or
 * PostgreSQL with {@code -Dbench.profile=postgres}, whose server CPU is reported beside, outside the sum).
 */
final class PartCosts {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final EdxmlReader READER = new EdxmlReader();
    private static final EdxmlSignatureVerifier VERIFIER = new EdxmlSignatureVerifier();

    /** One operation of a part. */
    @FunctionalInterface
    interface Op {
        void run(int i) throws Exception;
    }

    private PartCosts() {}

    static Map<String, Object> measure(Path workDir, Path pkg, Path signedPdf, int n) throws Exception {
        byte[] bytes = Files.readAllBytes(pkg);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256OfBytes", cpuMillis(n, i -> MessageDigest.getInstance("SHA-256").digest(bytes)));
        m.put("xmlDsigVerify", cpuMillis(n, i -> VERIFIER.verify(pkg)));
        m.put("pdfCmsVerify", cpuMillis(n, pdfCms(signedPdf)));
        Path dir = Files.createDirectories(workDir.resolve("cost-part"));
        m.put("fsyncWrite", cpuMillis(n, i -> fsyncWrite(dir.resolve("f" + (i % 64)), bytes)));
        double serverCommitMs;
        try (Connection db = ledgerDatabase(dir)) {
            Op commit = ledgerCommit(db);
            m.put("ledgerCommit", cpuMillis(n, commit));
            serverCommitMs = BenchDatabase.postgres() ? postgresCpuMillis(n, commit) : 0;
        }
        double sum = 0;
        for (Object v : m.values()) {
            sum += (Double) v;
        }
        m.put("sumMs", Rate.round3(sum));
        m.put("ledgerDatabase", BenchDatabase.profile());
        if (BenchDatabase.postgres()) {
            // outside the sum, as intake's PostgreSQL CPU is outside the axis's CPU per package
            m.put("ledgerCommitPostgresServerMs", Rate.round3(serverCommitMs));
        }
        m.put("pdfInspectorMs", cpuMillis(n, pdfInspector(signedPdf)));
        Path scratch = dir.resolve("scratch");
        double[] passes = cpuMillisAlternating(n, i -> readThreePasses(pkg, scratch), i -> readTwoPasses(pkg, scratch));
        m.put("readThreePassesMs", passes[0]);
        m.put("readTwoPassesMs", passes[1]);
        return m;
    }

    /**
     * Not parts (outside the sum): intake's reading of the package before ADR 038 — the header pass, the
     * signature's digest pass, then a full read decoding the attachments — and since: the header pass, then
     * the digest pass decoding them as it goes. Same thread, alternating: the difference is what ADR 038 saves.
     */
    private static void readThreePasses(Path pkg, Path scratch) throws Exception {
        EdxmlPackage header = readHeader(pkg);
        VERIFIER.verify(pkg);
        EdxmlPackage full = READER.read(pkg, scratch);
        checkDecoded(header, full);
    }

    private static void readTwoPasses(Path pkg, Path scratch) throws Exception {
        EdxmlPackage header = readHeader(pkg);
        AttachmentCapture capture = new AttachmentCapture(header, READER.limits(), AttachmentSink.directory(scratch));
        VERIFIER.open(pkg).verifyDigest(VerifyingInspector.listener(capture));
        EdxmlPackage full = capture.result(header).orElseThrow(() -> new BenchFailure("parts: the digest pass"
                + " did not decode the bench package's attachments"));
        checkDecoded(header, full);
    }

    private static EdxmlPackage readHeader(Path pkg) throws Exception {
        try (InputStream in = Files.newInputStream(pkg)) {
            return READER.readHeader(in);
        }
    }

    private static void checkDecoded(EdxmlPackage header, EdxmlPackage full) throws Exception {
        if (full.attachments().isEmpty() || full.attachments().size() != header.attachments().size()
                || full.attachments().get(0).size() <= 0) {
            throw new BenchFailure("parts: the bench package's attachments were not decoded");
        }
        for (var a : full.attachments()) {
            Files.delete(a.file());
        }
    }

    /** The CMS of the PDF's one signature, verified over its byte ranges (read into memory once). */
    private static Op pdfCms(Path pdf) throws Exception {
        byte[] contents;
        byte[] signed;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDSignature sig = doc.getLastSignatureDictionary();
            contents = sig.getContents();
            signed = sig.getSignedContent(Files.readAllBytes(pdf));
        }
        return i -> {
            ContentInfo info; // /Contents is the DER CMS followed by zero padding
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder cert = (X509CertificateHolder) cms.getCertificates().getMatches(si.getSID())
                    .iterator().next();
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                throw new BenchFailure("parts: the bench PDF's CMS signature does not verify");
            }
        };
    }

    /**
     * Not a part (outside the sum): what the axis's own {@link PdfSignatureInspector} costs on the same PDF,
     * every check of intake but the signer chain (judged by the trust service, whose validated paths are
     * cached), so it can be set beside the irreducible CMS check above.
     */
    private static Op pdfInspector(Path pdf) {
        PdfSignatureInspector inspector = new PdfSignatureInspector((signer, certs, at) -> ChainJudgement.trusted(),
                Clock.systemUTC());
        return i -> {
            if (!inspector.inspect("bench.pdf", pdf).signatures().get(0).valid()) {
                throw new BenchFailure("parts: the axis's PDF inspector refuses the bench PDF");
            }
        };
    }

    private static void fsyncWrite(Path f, byte[] bytes) throws Exception {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(bytes));
            ch.force(true);
        }
    }

    /**
     * The database of the run's profile: an H2 file with the axis's embedded URL (commits written with DSYNC),
     * or a fresh PostgreSQL database {@code bench_parts_ledger} on the bench's server (its own settings).
     */
    private static Connection ledgerDatabase(Path dir) throws Exception {
        if (BenchDatabase.postgres()) {
            BenchDatabase.freshDatabase("parts-ledger");
            return DriverManager.getConnection(BenchDatabase.url("parts-ledger"), BenchDatabase.user(), "");
        }
        DurableH2Files.register();
        return DriverManager.getConnection("jdbc:h2:durable:" + dir.resolve("h2/ledger").toAbsolutePath()
                + ";WRITE_DELAY=0", "sa", "");
    }

    /** PostgreSQL's CPU ms per op (its processes' ticks, 10 ms each: meaningful over hundreds of ops). */
    private static double postgresCpuMillis(int n, Op op) throws Exception {
        long before = PostgresCpu.ticks();
        for (int i = 0; i < n; i++) {
            op.run(n + i);
        }
        long after = PostgresCpu.ticks();
        return before < 0 || after < 0 ? -1 : (after - before) / ServerMetrics.TICKS_PER_SECOND * 1000 / n;
    }

    /** A package row, its report, its intake key and event, one head row moved, then commit (H2 or PostgreSQL). */
    private static Op ledgerCommit(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("create table if not exists pkg (id varchar(36) primary key, sender varchar(64),"
                    + " sha256 char(64), size_bytes bigint, at timestamp with time zone default current_timestamp)");
            s.execute("create table if not exists report (id varchar(36) primary key, body varchar(200000))");
            s.execute("create table if not exists ikey (hash char(64) primary key, id varchar(36))");
            s.execute("create table if not exists ev (id bigint generated by default as identity primary key,"
                    + " pkg varchar(36), type varchar(64), detail varchar(2000))");
            s.execute("create table if not exists head (lane int primary key, seq bigint, hash char(64))");
            s.execute("delete from head");
            s.execute("insert into head values (0, 0, '" + "0".repeat(64) + "')");
        }
        db.setAutoCommit(false);
        String report = "r".repeat(4096);
        return i -> {
            String id = UUID.randomUUID().toString();
            String hash = "%064x".formatted(i);
            try (PreparedStatement p = db.prepareStatement("insert into pkg (id, sender, sha256, size_bytes)"
                    + " values (?, '000.00.00.H99', ?, 144474)");
                 PreparedStatement r = db.prepareStatement("insert into report values (?, ?)");
                 PreparedStatement k = db.prepareStatement("insert into ikey values (?, ?)");
                 PreparedStatement e = db.prepareStatement("insert into ev (pkg, type, detail) values (?, ?, ?)");
                 PreparedStatement h = db.prepareStatement("update head set seq = seq + 1, hash = ? where lane = 0")) {
                p.setString(1, id);
                p.setString(2, hash);
                p.executeUpdate();
                r.setString(1, id);
                r.setString(2, report);
                r.executeUpdate();
                k.setString(1, (id + id).replace("-", "").substring(0, 64));
                k.setString(2, id);
                k.executeUpdate();
                e.setString(1, id);
                e.setString(2, "accepted");
                e.setString(3, "document from 000.00.00.H99");
                e.executeUpdate();
                h.setString(1, hash);
                h.executeUpdate();
            }
            db.commit();
        };
    }

    /**
     * CPU ms per op of two ways of doing one thing, as medians of 8 rounds of n/4 ops each, the order
     * alternating, after n/5 unmeasured ops of each: a difference of a tenth stands out of the noise.
     */
    static double[] cpuMillisAlternating(int n, Op a, Op b) throws Exception {
        cpuMillis(Math.max(1, n / 5), a);
        cpuMillis(Math.max(1, n / 5), b);
        int rounds = 8;
        double[][] ms = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            boolean aFirst = r % 2 == 0;
            ms[aFirst ? 0 : 1][r] = timed(Math.max(1, n / 4), aFirst ? a : b);
            ms[aFirst ? 1 : 0][r] = timed(Math.max(1, n / 4), aFirst ? b : a);
        }
        Arrays.sort(ms[0]);
        Arrays.sort(ms[1]);
        return new double[] {Rate.round3(ms[0][rounds / 2]), Rate.round3(ms[1][rounds / 2])};
    }

    private static double timed(int n, Op op) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            op.run(i);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / n;
    }

    /** CPU ms per op of this thread, after n/5 unmeasured ops. */
    static double cpuMillis(int n, Op op) throws Exception {
        for (int i = 0; i < Math.max(1, n / 5); i++) {
            op.run(-1 - i);
        }
        return Rate.round3(timed(n, op));
    }
}
