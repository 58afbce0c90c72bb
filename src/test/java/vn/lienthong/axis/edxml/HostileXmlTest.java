package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** XML-01…XML-12 of the security catalogue at the reader level: stable code, under 2 s, bounded heap, no fetch. */
class HostileXmlTest {
    private static final String ROOT = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">";
    private static final long HEAP_BUDGET = 64L * 1024 * 1024;

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger connections = new AtomicInteger();

    /** Loads the parser classes once, so the 2 s budget measures parsing, not class loading. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp(@TempDir Path warm) {
        Fixtures.read("new-document-vnpt-form.edxml", warm);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new EdxmlReader().read(bytes("<!DOCTYPE a []><a/>"), AttachmentSink.directory(warm))))
                .isInstanceOf(AxisException.class);
    }

    @BeforeEach
    void startLoopbackServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            connections.incrementAndGet();
            byte[] body = "<!ENTITY % all \"<!ENTITY send SYSTEM 'http://127.0.0.1/x'>\">".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void xml01_givenExternalFileEntity_thenDtdNotAllowedAndHostNameNotRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>"
                + ROOT + "<Subject>&h;</Subject></edXML>";

        AxisException e = refused(() -> bytes(xml), AxisErrorCode.DTD_NOT_ALLOWED);

        assertThat(e.getMessage()).doesNotContain(hostName());
    }

    @Test
    void xml02_givenOutOfBandParameterEntity_thenDtdNotAllowedAndNoConnection() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY % dtd SYSTEM \"" + url("/evil.dtd")
                + "\"> %dtd; %all;]>" + ROOT + "<a>&send;</a></edXML>";

        refused(() -> bytes(xml), AxisErrorCode.DTD_NOT_ALLOWED);

        assertThat(connections).hasValue(0);
    }

    @Test
    void xml03_givenExternalDtdOnly_thenDtdNotAllowedAndNoConnection() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE edXML SYSTEM \"" + url("/x.dtd") + "\">" + ROOT + "</edXML>";

        refused(() -> bytes(xml), AxisErrorCode.DTD_NOT_ALLOWED);

        assertThat(connections).hasValue(0);
    }

    @Test
    void xml04_givenBillionLaughs_thenDtdNotAllowed() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]>" + ROOT + "<Subject>&lol10;</Subject></edXML>";

        refused(() -> bytes(xml), AxisErrorCode.DTD_NOT_ALLOWED);
    }

    @Test
    void xml05_givenQuadraticBlowup_thenDtdNotAllowed() {
        String entity = "x".repeat(100_000);
        String xml = "<!DOCTYPE edXML [<!ENTITY a \"" + entity + "\">]>" + ROOT + "<Subject>" + "&a;".repeat(100_000)
                + "</Subject></edXML>";

        refused(() -> bytes(xml), AxisErrorCode.DTD_NOT_ALLOWED);
    }

    @Test
    void xml06_givenTenThousandNestedElements_thenLimitExceeded() {
        String xml = ROOT + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</edXML>";

        AxisException e = refused(() -> bytes(xml), AxisErrorCode.XML_LIMIT_EXCEEDED);

        assertThat(e.field()).startsWith("edXML/a/a/a");
    }

    @Test
    void xml06_givenTenThousandUnclosedNestedElements_thenLimitExceeded() {
        refused(() -> bytes(ROOT + "<a>".repeat(10_000)), AxisErrorCode.XML_LIMIT_EXCEEDED);
    }

    @Test
    void xml07_givenSixtyThousandChildren_thenLimitExceeded() {
        String xml = ROOT + "<edXMLEnvelope>" + "<b/>".repeat(60_000) + "</edXMLEnvelope></edXML>";

        AxisException e = refused(() -> bytes(xml), AxisErrorCode.XML_LIMIT_EXCEEDED);

        assertThat(e.field()).isEqualTo("edXML/edXMLEnvelope");
    }

    @Test
    void xml08_givenOneMegabyteAttribute_thenLimitExceeded() {
        String xml = ROOT + "<edXMLEnvelope a=\"" + "x".repeat(1024 * 1024) + "\"/></edXML>";

        refused(() -> bytes(xml), AxisErrorCode.XML_LIMIT_EXCEEDED);
    }

    @Test
    void xml08_givenSixHundredAttributes_thenLimitExceeded() {
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            attrs.append(" a").append(i).append("=\"v\"");
        }
        refused(() -> bytes(ROOT + "<edXMLEnvelope" + attrs + "/></edXML>"), AxisErrorCode.XML_LIMIT_EXCEEDED);
    }

    @Test
    void xml09_givenAttachmentOverTheLimit_thenAttachmentTooLargeAndNoFileLeft() throws Exception {
        ReaderLimits limits = ReaderLimits.defaults().withMaxAttachmentBytes(1024 * 1024);
        Supplier<InputStream> body = () -> attachmentPackage(3 * 1024 * 1024);

        refused(limits, body, AxisErrorCode.ATTACHMENT_TOO_LARGE);

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void xml09_givenPackageOverTheTotalLimit_thenTooLarge() {
        ReaderLimits limits = ReaderLimits.defaults().withMaxTotalInputBytes(2 * 1024 * 1024);

        refused(limits, () -> attachmentPackage(3 * 1024 * 1024), AxisErrorCode.TOO_LARGE);
    }

    @Test
    void xml09_givenTooManyAttachments_thenTooManyAttachments() {
        String one = "<Attachment><ContentId>1</ContentId><ContentTransferEncoded>QQ==</ContentTransferEncoded></Attachment>";
        String xml = ROOT + "<AttachmentEncoded>" + one.repeat(3) + "</AttachmentEncoded></edXML>";

        refused(ReaderLimits.defaults().withMaxAttachments(2), () -> bytes(xml), AxisErrorCode.TOO_MANY_ATTACHMENTS);
    }

    @Test
    void xml10_givenXInclude_thenRefusedAndNotExpanded() {
        String xml = ROOT + "<edXMLEnvelope xmlns:xi=\"http://www.w3.org/2001/XInclude\"><edXMLHeader><MessageHeader>"
                + "<Subject><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></Subject>"
                + "<Content><xi:include href=\"" + url("/x") + "\"/></Content></MessageHeader></edXMLHeader>"
                + "</edXMLEnvelope></edXML>";

        AxisException e = refused(() -> bytes(xml), AxisErrorCode.NOT_EDXML);

        assertThat(e.getMessage()).doesNotContain("root:");
        assertThat(connections).hasValue(0);
    }

    @Test
    void xml11_givenSchemaLocationToAttackerUrl_thenNotFetched() {
        String xml = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                + "http://www.mic.gov.vn/TBT/QCVN_102_2016 " + url("/evil.xsd") + "\"><edXMLEnvelope><edXMLHeader>"
                + "<MessageHeader><Subject>S</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";

        EdxmlPackage p = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> new EdxmlReader().read(bytes(xml), AttachmentSink.directory(dir)));

        assertThat(p.header().subject()).isEqualTo("S");
        assertThat(connections).hasValue(0);
    }

    @Test
    void xml12_givenTruncatedXml_thenMalformed() {
        byte[] full = Fixtures.bytes("new-document-vnpt-form.edxml");
        byte[] half = java.util.Arrays.copyOf(full, full.length / 2);

        refused(() -> new ByteArrayInputStream(half), AxisErrorCode.MALFORMED_XML);
    }

    @Test
    void xml12_givenBadEncodingDeclaration_thenMalformed() {
        refused(() -> bytes("<?xml version=\"1.0\" encoding=\"NO-SUCH-CHARSET\"?>" + ROOT + "</edXML>"),
                AxisErrorCode.MALFORMED_XML);
    }

    @Test
    void xml12_givenNulCharacter_thenMalformed() {
        refused(() -> bytes(ROOT + "<edXMLEnvelope>a\u0000b</edXMLEnvelope></edXML>"), AxisErrorCode.MALFORMED_XML);
    }

    @Test
    void givenRootOtherThanEdxml_thenNotEdxml() {
        refused(() -> bytes("<EdXMLEnvelope xmlns=\"http://www.go.vn/eDoc\"/>"), AxisErrorCode.NOT_EDXML);
    }

    @Test
    void givenInvalidBase64_thenAttachmentEncodingInvalid() {
        String xml = ROOT + "<AttachmentEncoded><Attachment><ContentTransferEncoded>QQ*=</ContentTransferEncoded>"
                + "</Attachment></AttachmentEncoded></edXML>";

        refused(() -> bytes(xml), AxisErrorCode.ATTACHMENT_ENCODING_INVALID);
    }

    @Test
    void givenHugeHeaderText_thenLimitExceeded() {
        String xml = ROOT + "<edXMLEnvelope><edXMLHeader><MessageHeader><Subject>" + "x".repeat(300 * 1024)
                + "</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";

        AxisException e = refused(() -> bytes(xml), AxisErrorCode.XML_LIMIT_EXCEEDED);

        assertThat(e.field()).isEqualTo("edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Subject");
    }

    private AxisException refused(Supplier<InputStream> body, AxisErrorCode code) {
        return refused(ReaderLimits.defaults(), body, code);
    }

    private AxisException refused(ReaderLimits limits, Supplier<InputStream> body, AxisErrorCode code) {
        InputStream in = body.get();
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        ThrowingCallable read = () -> assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> new EdxmlReader(limits).read(in, AttachmentSink.directory(dir)));
        AxisException[] caught = new AxisException[1];
        assertThatThrownBy(read).isInstanceOfSatisfying(AxisException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            caught[0] = e;
        });
        long growth = memory.getHeapMemoryUsage().getUsed() - before;
        assertThat(growth).as("heap growth").isLessThan(HEAP_BUDGET);
        return caught[0];
    }

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A package whose only attachment has {@code decodedBytes} bytes, generated as a stream. */
    private static InputStream attachmentPackage(long decodedBytes) {
        String head = ROOT + "<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId><ContentTransferEncoded>";
        String tail = "</ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>";
        long chars = decodedBytes / 3 * 4;
        InputStream base64 = new InputStream() {
            long left = chars;

            @Override
            public int read() {
                return left-- > 0 ? 'A' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'A');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), base64,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
    }

    private static String hostName() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (Exception e) {
            return "no-such-host-name-file";
        }
    }
}
