package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.signature.EdxmlSigner;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;
import vn.lienthong.axis.signature.pdf.SignedPdfFixture;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.SampleCredentials;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.TestPackages;
import vn.lienthong.axis.support.TestDirs;

/**
 * Intake with a VNPT-shaped fixture: the edXML reader, the field rules, XML-DSig and the signer's
 * trust (SAMPLE PKI), in front of the ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerifiedIntakeIT extends PipelineTestBase {
    static final Path DATA = TestDirs.fresh("verified");
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/packages/new-document-missing-bussiness-unsigned.edxml");
    static final String FIXTURE_DOCUMENT_ID = "000.00.00.H99,2025/06/02,125/UBND-VP";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
    }

    @Test
    void givenPackageSignedByTheSendersSampleKey_thenAcceptedAndDeliveredByteForByte() throws Exception {
        byte[] signed = signed("000.00.00.h99", unsigned("125/UBND-VP-A"));
        JsonNodeView receipt = new JsonNodeView(api.submit(signed, tokenA));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(202);
        String axisId = receipt.json().path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).body()).isEqualTo(signed);
    }

    @Test
    void givenTamperedUnsignedOrForeignSignedPackages_thenRefusedAndNothingPersisted() throws Exception {
        byte[] signed = signed("000.00.00.h99", unsigned("125/UBND-VP-B"));
        Footprint before = footprint();

        byte[] tampered = new String(signed, StandardCharsets.UTF_8).replace("2025/06/02", "2025/06/03")
                .getBytes(StandardCharsets.UTF_8);
        refused(api.submit(tampered, tokenA), 422, "SIGNATURE_INVALID");
        refused(api.submit(unsigned("125/UBND-VP-C"), tokenA), 422, "SIGNATURE_MISSING");
        refused(api.submit(signed("000.00.02.h99", unsigned("125/UBND-VP-D")), tokenA), 403, "SIGNER_NOT_SENDER");
        refused(api.submit("<edXML><x>".getBytes(StandardCharsets.UTF_8), tokenA), 400, "MALFORMED_XML");

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void givenPdfAttachmentSignedByTheSender_thenAcceptedWithTheVerificationReportKept() throws Exception {
        Path pdf = SignedPdfFixture.sign(SignedPdfFixture.unsignedPdf(DATA.resolve("plain-a.pdf")),
                DATA.resolve("van-ban-a.pdf"), SampleCredentials.load(SampleKeys.signingP12(A, false)));
        byte[] pkg = Files.readAllBytes(TestPackages.writeSigned(TestPackages.document(A, List.of(B), pdf),
                DATA.resolve("with-pdf.edxml"), A, false));
        JsonNodeView receipt = new JsonNodeView(api.submit(pkg, tokenA));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(202);
        assertThat(receipt.json().path("verification").path("valid").asBoolean()).isTrue();
        assertThat(receipt.json().path("verification").path("signed").asBoolean()).isTrue();
        assertThat(receipt.json().path("verification").path("signer").asText()).contains(A);
        String report = jdbc.sql("select report from verification_report where axis_id = ?")
                .param(receipt.json().path("axisId").asText()).query(String.class).single();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).path("attachments").get(0).path("status").asText()).isEqualTo("VALID");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).path("packageSignature")
                .path("revocationSource").asText()).isIn("CRL", "CACHE");
        assertThat(spoolLeftovers(DATA)).as("spool files and attachment scratch").isEmpty();
    }

    @Test
    void givenPdfAttachmentSignedByAnUntrustedKey_thenRefusedAndNothingPersisted() throws Exception {
        Path pdf = SignedPdfFixture.sign(SignedPdfFixture.unsignedPdf(DATA.resolve("plain-b.pdf")),
                DATA.resolve("van-ban-b.pdf"), SampleCredentials.load(SampleKeys.negativeP12("untrusted")));
        byte[] pkg = Files.readAllBytes(TestPackages.writeSigned(TestPackages.document(A, List.of(B), pdf),
                DATA.resolve("untrusted-pdf.edxml"), A, false));
        Footprint before = footprint();
        refused(api.submit(pkg, tokenA), 422, "ATTACHMENT_SIGNATURE_INVALID");
        assertThat(footprint()).isEqualTo(before);
        assertThat(spoolLeftovers(DATA)).as("spool files and attachment scratch").isEmpty();
    }

    @Test
    void givenSignerUnderAnUnknownRoot_thenUntrusted_untilTheOperatorAddsThatRootThroughTheAdminApi() throws Exception {
        // A CA of its own, so that trusting it cannot change what the other tests of this context see.
        IssuedCertificate ca = CertificateBuilder.ca("CN=Operator-added test root,O=Test CA,C=VN").build();
        IssuedCertificate signer = CertificateBuilder.signing("CN=" + B + " signing,OU=" + B + ",O=Test,C=VN")
                .issuedBy(ca).build();
        Path unsigned = TestPackages.write(TestPackages.document(B, List.of(A)), DATA.resolve("from-b.edxml"));
        Path signed = DATA.resolve("from-b-new-ca.edxml");
        new EdxmlSigner(signer.privateKey(), signer.chain()).sign(unsigned, signed);
        byte[] pkg = Files.readAllBytes(signed);
        refused(api.submit(pkg, tokenB), 422, "UNTRUSTED_SIGNER");

        String root = Pem.toPem(ca.certificate());
        String leaf = Files.readString(SampleKeys.signingPem(A, false));
        String admin = "sample-admin-token";
        refused(api.postJson("/admin/api/v1/trust-anchors", null, null, json(root, "soft-fail")), 401, "UNAUTHENTICATED");
        refused(api.postJson("/admin/api/v1/trust-anchors", admin, null, json(leaf, null)), 400, "BAD_REQUEST");
        refused(api.postJson("/admin/api/v1/trust-anchors", admin, null, json("not a certificate", null)), 400,
                "BAD_REQUEST");
        HttpResponse<String> added = api.postJson("/admin/api/v1/trust-anchors", admin, null, json(root, "soft-fail"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        var anchors = Api.json(api.get("/admin/api/v1/trust-anchors", admin, null));
        assertThat(anchors.findValuesAsText("source")).contains("configuration", "admin");
        assertThat(anchors.findValues("daysToExpiry")).allSatisfy(d -> assertThat(d.asLong()).isPositive());

        JsonNodeView receipt = new JsonNodeView(api.submit(pkg, tokenB));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(202);
        assertThat(receipt.json().path("verification").path("valid").asBoolean()).isTrue();
    }

    private static String json(String pem, String revocation) throws Exception {
        var body = new java.util.LinkedHashMap<String, String>();
        body.put("pem", pem);
        if (revocation != null) {
            body.put("revocation", revocation);
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
    }

    /** The fixture (H99 → G22), re-addressed to B, with its own DocumentId and a real (unsigned) PDF. */
    private byte[] unsigned(String number) throws Exception {
        String pdf = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(
                SignedPdfFixture.unsignedPdf(DATA.resolve("fixture-" + number.replace('/', '-') + ".pdf"))));
        String xml = Files.readString(FIXTURE, StandardCharsets.UTF_8)
                .replaceFirst("000\\.00\\.00\\.G22", B)
                .replaceFirst("<ContentTransferEncoded>[^<]*</ContentTransferEncoded>",
                        "<ContentTransferEncoded>" + pdf + "</ContentTransferEncoded>")
                .replace(FIXTURE_DOCUMENT_ID, FIXTURE_DOCUMENT_ID.replace("125/UBND-VP", number));
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] signed(String agency, byte[] unsigned) throws Exception {
        Path in = Files.write(Files.createTempFile(DATA, "unsigned", ".edxml"), unsigned);
        Path out = DATA.resolve(in.getFileName() + ".signed");
        EdxmlSigner.fromPkcs12(Path.of("certs-sample/sample-agency-" + agency + "-rsa-signing.p12"),
                "sample-password".toCharArray()).sign(in, out);
        return Files.readAllBytes(out);
    }

    private static void refused(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(Api.json(r).path("code").asText()).as(r.body()).isEqualTo(code);
    }

    private record JsonNodeView(HttpResponse<String> response) {
        int status() { return response.statusCode(); }
        String body() { return response.body(); }
        com.fasterxml.jackson.databind.JsonNode json() { return Api.json(response); }
    }
}
