package vn.lienthong.axis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.cli.AxisCli;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.EdxmlSamples;

/**
 * A sender proves acceptance and a recipient proves receipt with nothing but the evidence container they
 * downloaded and the axis certificate ({@code evidence verify} on the command line); a third agency gets 404.
 */
abstract class EvidenceContainerScenarios extends PipelineTestBase {
    static final String ADMIN = "sample-admin-token";
    static final String AXIS_CERT = "certs-sample/sample-axis-signing.pem";

    abstract Path data();

    record Verified(int exit, JsonNode report, String err) {}

    Verified cliVerify(Path container) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AxisCli.run(List.of("evidence", "verify", "--trust", AXIS_CERT, container.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Verified(exit, Api.JSON.readTree(out.toByteArray()), err.toString(StandardCharsets.UTF_8));
    }

    Path download(String axisId, String token, String name) throws Exception {
        HttpResponse<byte[]> r = api.getBytes("/api/v1/packages/" + axisId + "/evidence", token, null);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.etsi.asic-e+zip");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains(".asice"));
        return Files.write(data().resolve(name), r.body());
    }

    static List<String> receipts(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : report.path("receipts")) {
            assertThat(n.path("signature").asText()).isEqualTo("VALID");
            out.add(n.path("kind").asText() + " " + n.path("recipient").asText("") + " " + n.path("event").asText());
        }
        return out;
    }

    @Test
    void givenADeliveredPackage_thenSenderAndRecipientProveItWithTheContainerAlone_andAThirdAgencyGets404()
            throws Exception {
        String docId = newDocumentId(A);
        byte[] pkg = EdxmlSamples.document(A, docId, "Hồ sơ chứng cứ", B, C);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pkg));
        String axisId = submitted(pkg, tokenA, 202).path("axisId").asText();
        await().atMost(WAIT).until(() -> inboxIds(tokenB, null, "document").contains(axisId));
        assertThat(api.getBytes("/api/v1/packages/" + axisId, tokenB, null).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/inbox/" + axisId + "/ack", tokenB, null, "{\"result\":\"done\"}").statusCode())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryState(axisId, C)));

        Path senders = download(axisId, tokenA, "sender.asice");
        Verified s = cliVerify(senders);
        assertThat(s.exit()).as(s.err() + s.report()).isZero();
        assertThat(s.report().path("packageSha256").asText()).isEqualTo(sha);
        assertThat(receipts(s.report())).containsExactlyInAnyOrder("acceptance  accepted", "delivery " + B
                + " delivery-available", "delivery " + B + " fetched", "delivery " + B + " acknowledged",
                "delivery " + C + " delivered");
        JsonNode acceptance = s.report().path("receipts").get(0);
        assertThat(acceptance.path("from").asText()).isEqualTo(A);
        assertThat(acceptance.path("documentId").asText()).isEqualTo(docId);
        assertThat(acceptance.path("recipients")).extracting(JsonNode::asText).containsExactlyInAnyOrder(B, C);
        try (ZipFile z = new ZipFile(senders.toFile())) {
            assertThat(z.getInputStream(z.getEntry("package.edxml")).readAllBytes()).isEqualTo(pkg);
            assertThat(Api.JSON.readTree(z.getInputStream(z.getEntry("verification-report.json")))
                    .path("valid").asBoolean()).isTrue();
        }

        Path recipients = download(axisId, tokenB, "recipient.asice");
        Verified r = cliVerify(recipients);
        assertThat(r.exit()).as(r.err() + r.report()).isZero();
        assertThat(r.report().path("packageSha256").asText()).isEqualTo(sha);
        assertThat(receipts(r.report())).containsExactlyInAnyOrder("delivery " + B + " delivery-available",
                "delivery " + B + " fetched", "delivery " + B + " acknowledged");
        try (ZipFile z = new ZipFile(recipients.toFile())) {
            JsonNode trace = Api.JSON.readTree(z.getInputStream(z.getEntry("trace.json")));
            assertThat(trace.path("recipients")).extracting(n -> n.path("organId").asText()).containsExactly(B);
        }

        HttpResponse<String> third = api.get("/api/v1/packages/" + axisId + "/evidence", tokenD, null);
        assertThat(third.statusCode()).as(third.body()).isEqualTo(404);
        assertThat(api.get("/admin/api/v1/packages/" + axisId + "/evidence", tokenD, null).statusCode())
                .as("an agency token is no auditor").isIn(401, 403);
        HttpResponse<byte[]> audit = api.getBytes("/admin/api/v1/packages/" + axisId + "/evidence", ADMIN, null);
        assertThat(audit.statusCode()).isEqualTo(200);
        Verified a = cliVerify(Files.write(data().resolve("auditor.asice"), audit.body()));
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(receipts(a.report())).containsExactlyInAnyOrderElementsOf(receipts(s.report()));

        Path tampered = data().resolve("tampered.asice");
        try (ZipFile in = new ZipFile(recipients.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b = in.getInputStream(e).readAllBytes();
                ZipEntry n = new ZipEntry(e.getName());
                if (e.getMethod() == ZipEntry.STORED) {
                    n.setMethod(ZipEntry.STORED);
                    n.setSize(b.length);
                    n.setCrc(e.getCrc());
                }
                out.putNextEntry(n);
                out.write(e.getName().equals("trace.json") ? "{\"recipients\":[]}".getBytes(StandardCharsets.UTF_8) : b);
                out.closeEntry();
            }
        }
        Verified t = cliVerify(tampered);
        assertThat(t.exit()).as(t.report().toString()).isEqualTo(1);
        assertThat(t.report().path("problems").toString()).contains("the file trace.json was changed");
        assertThat(cliVerify(Path.of(AXIS_CERT)).exit()).as("not a container").isEqualTo(1);
    }
}
