package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.cli.AxisCli;
import vn.lienthong.axis.evidence.AxisKey;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.evidence.XmlSec1Cli;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;

/** Shared by the H2 and PostgreSQL evidence tests: one package A → B (pull), C (push) and its evidence. */
abstract class EvidenceScenarios extends PipelineTestBase {
    static final String ADMIN = "sample-admin-token";
    @Autowired AxisKey axisKey;
    @Autowired DataSource dataSource;

    abstract Path data();

    /** A package A → B, C: B fetches it and acknowledges it done, C's endpoint answers 2xx. */
    record Sent(String axisId, String documentId, byte[] bytes) {}

    Sent sendFetchAckAndPush() {
        String docId = newDocumentId(A);
        byte[] pkg = EdxmlSamples.document(A, docId, "Biên nhận có chữ ký của trục", B, C);
        String axisId = submitted(pkg, tokenA, 202).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/inbox/" + axisId + "/ack", tokenB, null, "{\"result\":\"done\"}").statusCode())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, C)));
        return new Sent(axisId, docId, pkg);
    }

    /** Verifies with the axis's own verifier (signer = the axis certificate) and with xmlsec1. */
    void assertSignedByTheAxis(String xml, String name) throws Exception {
        var axis = axisKey.required();
        assertThat(EvidenceSigner.verify(xml, axis.certificate(), data()).signer()).isEqualTo(axis.certificate());
        XmlSec1Cli.require();
        var result = XmlSec1Cli.verify(Files.writeString(data().resolve(name), xml));
        assertThat(result.exit()).as(result.output()).isZero();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    JsonNode ledgerVerify() {
        HttpResponse<String> r = api.get("/admin/api/v1/ledger/verify", ADMIN, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r);
    }

    long checkpoint() {
        HttpResponse<String> r = api.send(api.request("/admin/api/v1/ledger/checkpoints", ADMIN, null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Api.json(r).path("id").asLong();
    }

    /** {@code ledger verify} on the command line against the same database: exit code and JSON. */
    record CliRun(int exit, JsonNode report) {}

    CliRun cliLedgerVerify(String... extra) throws Exception {
        HikariDataSource ds = (HikariDataSource) dataSource;
        List<String> args = new ArrayList<>(List.of("ledger", "verify", "--jdbc", ds.getJdbcUrl(), "--user",
                ds.getUsername(), "--axis-cert", "certs-sample/sample-axis-signing.pem"));
        args.addAll(List.of(extra));
        if (ds.getPassword() != null && !ds.getPassword().isEmpty()) {
            args.addAll(List.of("--password", ds.getPassword()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AxisCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        return new CliRun(exit, Api.JSON.readTree(out.toByteArray()));
    }

    long eventId(String axisId, String type, String recipient) {
        return jdbc.sql("select e.id, d.recipient_code from event e left join delivery d on d.id = e.delivery_id"
                        + " where e.axis_id = ? and e.type = ? order by e.id")
                .params(axisId, type).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list().stream()
                .filter(r -> recipient == null || recipient.equals(r[1])).map(r -> (Long) r[0]).findFirst().orElseThrow();
    }

    @Test
    void givenAnAcceptedPackage_thenTheSenderGetsAReceiptSignedByTheAxis_acceptedByItsVerifierAndXmlsec1()
            throws Exception {
        Sent sent = sendFetchAckAndPush();
        HttpResponse<String> r = api.get("/api/v1/packages/" + sent.axisId() + "/receipt", tokenA, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/xml"));
        String xml = r.body();
        assertSignedByTheAxis(xml, "acceptance.xml");
        assertThat(xml).contains("<AcceptanceReceipt Axis=\"", "<AxisId>" + sent.axisId() + "</AxisId>",
                "<From>" + A + "</From>", "<DocumentId>" + sent.documentId() + "</DocumentId>",
                "<Package Sha256=\"" + sha256(sent.bytes()) + "\" Size=\"" + sent.bytes().length + "\">",
                "<Recipient OrganId=\"" + B + "\" Route=\"local-pull\">",
                "<Recipient OrganId=\"" + C + "\" Route=\"local-push\">", "<AcceptedAt>",
                "<Verification Valid=\"true\" Policy=\"required\"", "<PackageSignature Status=\"VALID\"",
                "Signer=\"", "<Event Id=\"" + eventId(sent.axisId(), "accepted", null) + "\" Type=\"accepted\"",
                "<LedgerEntry Lane=\"");
        assertThat(api.get("/api/v1/packages/" + sent.axisId() + "/receipt", tokenA, null).body())
                .as("issued once, served again unchanged").isEqualTo(xml);
        assertThat(api.get("/api/v1/packages/" + sent.axisId() + "/receipt", tokenB, null).statusCode())
                .as("the acceptance receipt is the sender's").isEqualTo(404);

        String forged = xml.replace(sent.documentId(), newDocumentId(A));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                EvidenceSigner.verify(forged, axisKey.required().certificate(), data()))).isNotNull();
        XmlSec1Cli.require();
        assertThat(XmlSec1Cli.verify(Files.writeString(data().resolve("forged.xml"), forged)).exit()).isNotZero();
    }

    @Test
    void givenFetchAckAndPush_thenSenderAndThatRecipientGetSignedDeliveryReceipts_andOthersNothing() throws Exception {
        Sent sent = sendFetchAckAndPush();
        HttpResponse<String> forSender = api.get("/api/v1/packages/" + sent.axisId() + "/receipts", tokenA, null);
        assertThat(forSender.statusCode()).as(forSender.body()).isEqualTo(200);
        List<String> senderView = new ArrayList<>();
        for (JsonNode n : Api.json(forSender)) {
            senderView.add(n.path("recipient").asText() + " " + n.path("type").asText());
        }
        assertThat(senderView).containsExactlyInAnyOrder(B + " delivery-available", B + " fetched", B + " acknowledged",
                C + " delivered");
        JsonNode forB = Api.json(api.get("/api/v1/packages/" + sent.axisId() + "/receipts", tokenB, null));
        assertThat(forB).hasSize(3).allSatisfy(n -> assertThat(n.path("recipient").asText()).isEqualTo(B));
        int i = 0;
        for (JsonNode n : forB) {
            String xml = n.path("xml").asText();
            assertThat(xml).contains("<DeliveryReceipt", "<Copy Recipient=\"" + B + "\"",
                    "Type=\"" + n.path("type").asText() + "\"", "<Package Sha256=\"" + sha256(sent.bytes()) + "\"");
            assertSignedByTheAxis(xml, "delivery-" + i++ + ".xml");
        }
        assertThat(api.get("/api/v1/packages/" + sent.axisId() + "/receipts", tokenD, null).statusCode()).isEqualTo(404);
    }

    @Test
    void givenAnAcceptedPackage_thenSenderAndRecipientsReadTheVerificationReportInTheShapeOfTheCli() throws Exception {
        Sent sent = sendFetchAckAndPush();
        HttpResponse<String> r = api.get("/api/v1/packages/" + sent.axisId() + "/verification", tokenB, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = Api.json(r);
        assertThat(report.path("valid").asBoolean()).isTrue();
        assertThat(report.path("packageSignature").path("status").asText()).isEqualTo("VALID");
        assertThat(Api.json(api.get("/api/v1/packages/" + sent.axisId() + "/verification", tokenA, null))).isEqualTo(report);
        assertThat(api.get("/api/v1/packages/" + sent.axisId() + "/verification", tokenD, null).statusCode()).isEqualTo(404);

        Path file = Files.write(data().resolve("sent.edxml"), sent.bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AxisCli.run(List.of("package", "verify", "--trust", "certs-sample/sample-root-ca.pem", "--trust",
                "certs-sample/sample-intermediate-ca.pem", "--crl", "certs-sample/sample-intermediate-ca.crl",
                file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        JsonNode cli = Api.JSON.readTree(out.toByteArray());
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        List<String> apiFields = new ArrayList<>();
        report.fieldNames().forEachRemaining(apiFields::add);
        List<String> cliFields = new ArrayList<>();
        cli.fieldNames().forEachRemaining(cliFields::add);
        assertThat(apiFields).containsExactlyInAnyOrderElementsOf(cliFields);
        assertThat(report.path("packageSignature").path("signature").path("signerSha256"))
                .isEqualTo(cli.path("packageSignature").path("signature").path("signerSha256"));
    }
}
