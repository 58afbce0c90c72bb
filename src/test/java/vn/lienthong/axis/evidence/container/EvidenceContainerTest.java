package vn.lienthong.axis.evidence.container;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.evidence.XmlSec1Cli;

/** An evidence container built by the writer, checked by the offline verifier and by xmlsec1. */
class EvidenceContainerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    EvidenceSigner signer(String p12) {
        return EvidenceSigner.fromPkcs12(Path.of(p12), "sample-password".toCharArray(), "", dir.resolve("scratch"));
    }

    EvidenceSigner axis() { return signer("certs-sample/sample-axis-signing.p12"); }

    static String receipt(String kind, String sha256, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"urn:lienthong:axis:evidence:1\"><edXMLEnvelope>"
                + "<edXMLHeader><" + kind + " Axis=\"axis-1\" IssuedAt=\"2026-12-06T05:00:00Z\"><AxisId>ax-1</AxisId>"
                + "<From>000.00.00.H99</From><DocumentId>doc-1</DocumentId><Package Sha256=\"" + sha256
                + "\" Size=\"7\"></Package>" + extra + "</" + kind + "></edXMLHeader><edXMLBody></edXMLBody>"
                + "</edXMLEnvelope></edXML>\n";
    }

    Path build(byte[] pkg, String receiptSha256) throws Exception {
        EvidenceSigner axis = axis();
        Path blob = Files.write(dir.resolve("blob"), pkg);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pkg));
        String named = receiptSha256 == null ? sha : receiptSha256;
        var entries = List.of(
                EvidenceContainerWriter.Entry.json("verification-report.json", "{\"valid\":true}"),
                EvidenceContainerWriter.Entry.xml("receipts/acceptance.xml", axis.sign(receipt("AcceptanceReceipt", named,
                        "<Recipients><Recipient OrganId=\"000.00.01.H99\" Route=\"local-pull\"></Recipient></Recipients>"
                                + "<AcceptedAt>2026-12-06T04:59:59Z</AcceptedAt><Event Id=\"1\" Type=\"accepted\""
                                + " At=\"2026-12-06T04:59:59Z\"></Event>"))),
                EvidenceContainerWriter.Entry.xml("receipts/delivery-2-000.00.01.H99-fetched.xml", axis.sign(receipt(
                        "DeliveryReceipt", named, "<Copy Recipient=\"000.00.01.H99\" Route=\"local-pull\"></Copy>"
                                + "<Event Id=\"2\" Type=\"fetched\" At=\"2026-12-06T05:01:00Z\"></Event>"))),
                EvidenceContainerWriter.Entry.json("trace.json", "{\"recipients\":[]}"));
        Path out = dir.resolve("evidence.asice");
        try (OutputStream o = Files.newOutputStream(out)) {
            new EvidenceContainerWriter(sha, blob, entries, axis).write(o);
        }
        return out;
    }

    JsonNode verify(Path container, String pem) throws Exception {
        var cert = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(Path.of(pem)));
        return ContainerVerifier.verify(container, cert, dir.resolve("scratch"), JSON);
    }

    @Test
    void givenABuiltContainer_thenItIsAnAsicEWhoseManifestReceiptsAndDigestsVerify() throws Exception {
        Path c = build("<pkg/>\n".getBytes(UTF_8), null);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(c), 38 + 31);
        assertThat(new String(head, 30, 8, UTF_8)).isEqualTo("mimetype");
        assertThat(head[8]).as("STORED").isZero();
        assertThat(new String(head, 38, 31, UTF_8)).isEqualTo("application/vnd.etsi.asic-e+zip");
        try (ZipFile z = new ZipFile(c.toFile())) {
            assertThat(z.stream().map(ZipEntry::getName)).containsExactly("mimetype", "package.edxml",
                    "verification-report.json", "receipts/acceptance.xml", "receipts/delivery-2-000.00.01.H99-fetched.xml",
                    "trace.json", "META-INF/manifest.xml", "META-INF/signatures.xml");
        }

        JsonNode r = verify(c, "certs-sample/sample-axis-signing.pem");
        assertThat(r.path("problems")).as(r.toString()).isEmpty();
        assertThat(r.path("valid").asBoolean()).isTrue();
        assertThat(r.path("manifest").path("files").asInt()).isEqualTo(7);
        assertThat(r.path("receipts")).extracting(n -> n.path("kind").asText() + " " + n.path("signature").asText())
                .containsExactly("acceptance VALID", "delivery VALID");
        assertThat(r.path("receipts").get(1).path("recipient").asText()).isEqualTo("000.00.01.H99");
    }

    @Test
    void givenTheExtractedContainer_thenXmlsec1VerifiesTheSignedManifestAndRefusesAChangedFile() throws Exception {
        Path c = build("<pkg/>\n".getBytes(UTF_8), null);
        Path x = Files.createDirectories(dir.resolve("x"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(c))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path f = x.resolve(e.getName());
                Files.createDirectories(f.getParent());
                Files.copy(in, f);
            }
        }
        XmlSec1Cli.require();
        var ok = xmlsec1(x);
        assertThat(ok.exit()).as(ok.output()).isZero();
        Files.writeString(x.resolve("trace.json"), "{\"recipients\":[\"forged\"]}");
        assertThat(xmlsec1(x).exit()).isNotZero();
    }

    @Test
    void givenAChangedPackage_thenTheContainerIsRefusedNamingTheFile() throws Exception {
        Path c = rewrite(build("<pkg/>\n".getBytes(UTF_8), null), (name, bytes) ->
                name.equals("package.edxml") ? "<pkg>forged</pkg>\n".getBytes(UTF_8) : bytes);
        JsonNode r = verify(c, "certs-sample/sample-axis-signing.pem");
        assertThat(r.path("valid").asBoolean()).isFalse();
        assertThat(r.path("problems").toString()).contains("the file package.edxml was changed");
    }

    @Test
    void givenAnAddedOrRemovedFile_thenTheContainerIsRefused() throws Exception {
        Path c = build("<pkg/>\n".getBytes(UTF_8), null);
        Path removed = rewrite(c, (name, bytes) -> name.startsWith("receipts/delivery") ? null : bytes);
        assertThat(verify(removed, "certs-sample/sample-axis-signing.pem").path("problems").toString())
                .contains("receipts/delivery-2-000.00.01.H99-fetched.xml, which is not in the container");
    }

    @Test
    void givenAnotherTrustedCertificate_thenTheManifestAndReceiptsAreRefused() throws Exception {
        JsonNode r = verify(build("<pkg/>\n".getBytes(UTF_8), null),
                "certs-sample/sample-agency-000.00.00.h99-rsa-signing.pem");
        assertThat(r.path("valid").asBoolean()).isFalse();
        assertThat(r.path("problems").toString()).contains("does not verify with the trusted axis certificate");
    }

    @Test
    void givenReceiptsNamingAnotherPackage_thenTheContainerIsRefusedThoughEverySignatureIsValid() throws Exception {
        JsonNode r = verify(build("<pkg/>\n".getBytes(UTF_8), "ab".repeat(32)), "certs-sample/sample-axis-signing.pem");
        assertThat(r.path("valid").asBoolean()).isFalse();
        assertThat(r.path("problems").toString()).contains("receipts/acceptance.xml: names the package SHA-256 " + "ab".repeat(32));
    }

    @Test
    void givenACentralDirectoryThatNamesOtherFilesThanTheEntries_thenTheContainerIsRefused() throws Exception {
        byte[] zip = Files.readAllBytes(build("<pkg/>\n".getBytes(UTF_8), null));
        String text = new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1);
        int central = text.lastIndexOf("trace.json");
        assertThat(central).isGreaterThan(text.indexOf("trace.json"));
        zip[central + "trace.json".length() - 1] = 'm';
        JsonNode r = verify(Files.write(dir.resolve("two-faced.asice"), zip), "certs-sample/sample-axis-signing.pem");
        assertThat(r.path("valid").asBoolean()).isFalse();
        assertThat(r.path("problems").toString()).contains("central directory does not list the same files");
    }

    /** A copy of the container with each file mapped (null drops it); mimetype stays first and STORED. */
    Path rewrite(Path c, BiFunction<String, byte[], byte[]> map) throws Exception {
        Path out = dir.resolve("rewritten-" + System.nanoTime() + ".asice");
        try (ZipFile in = new ZipFile(c.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b = map.apply(e.getName(), in.getInputStream(e).readAllBytes());
                if (b != null) {
                    ZipEntry n = new ZipEntry(e.getName());
                    if (e.getMethod() == ZipEntry.STORED) {
                        n.setMethod(ZipEntry.STORED);
                        n.setSize(b.length);
                        var crc = new java.util.zip.CRC32();
                        crc.update(b);
                        n.setCrc(crc.getValue());
                    }
                    z.putNextEntry(n);
                    z.write(b);
                    z.closeEntry();
                }
            }
        }
        return out;
    }

    /** xmlsec1 run in the extracted container's root, where the manifest's relative URIs resolve. */
    static XmlSec1Cli.Result xmlsec1(Path root) throws Exception {
        Process p = new ProcessBuilder("xmlsec1", "--verify", "--trusted-pem",
                Path.of("certs-sample/sample-root-ca.pem").toAbsolutePath().toString(), "--untrusted-pem",
                Path.of("certs-sample/sample-intermediate-ca.pem").toAbsolutePath().toString(),
                "META-INF/signatures.xml").directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new XmlSec1Cli.Result(p.exitValue(), out);
    }
}
