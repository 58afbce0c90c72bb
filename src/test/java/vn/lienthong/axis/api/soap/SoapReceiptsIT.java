package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.axis.api.soap.contract.Acknowledge;
import vn.lienthong.axis.api.soap.contract.AxisPortType;
import vn.lienthong.axis.api.soap.contract.GetDeliveryReceipts;
import vn.lienthong.axis.api.soap.contract.GetPackage;
import vn.lienthong.axis.api.soap.contract.GetReceipt;
import vn.lienthong.axis.api.soap.contract.GetVerification;
import vn.lienthong.axis.api.soap.contract.SendPackage;
import vn.lienthong.axis.api.soap.contract.SignedDeliveryReceipt;
import vn.lienthong.axis.evidence.AxisKey;
import vn.lienthong.axis.evidence.EvidenceSigner;
import vn.lienthong.axis.support.TestDirs;
import vn.lienthong.axis.support.TestPackages;

/**
 * Signed receipts and the verification report over SOAP (GetReceipt, GetDeliveryReceipts,
 * GetVerification): a CXF client from the served WSDL and python3-zeep get the same bytes as REST,
 * and the axis's verifier accepts them as signed by the axis certificate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SoapReceiptsIT extends SoapTestBase {
    static final Path DATA = TestDirs.fresh("soap-receipts");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired AxisKey axisKey;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("axis.data-dir", DATA::toString);
        r.add("axis.intake.inspector", () -> "verified");
    }

    @Test
    void givenAFetchedAndAcknowledgedPackage_thenSenderAndRecipientGetTheSignedReceiptsOverCxf() throws Exception {
        AxisPortType soap = port(newSeen());
        String axisId = sentFetchedAndAcked(soap);

        byte[] acceptance = soap.getReceipt(receipt(axisId), auth(tokenA)).getSignedXml();
        assertThat(new String(acceptance, StandardCharsets.UTF_8)).contains("<AcceptanceReceipt", axisId)
                .isEqualTo(rest("/api/v1/packages/" + axisId + "/receipt", tokenA));
        assertSignedByTheAxis(acceptance, "acceptance.xml");

        List<SignedDeliveryReceipt> forSender = soap.getDeliveryReceipts(deliveries(axisId), auth(tokenA)).getReceipt();
        assertThat(forSender).extracting(SignedDeliveryReceipt::getType)
                .contains("delivery-available", "fetched", "acknowledged");
        for (SignedDeliveryReceipt r : forSender) {
            assertSignedByTheAxis(r.getSignedXml(), "delivery-" + r.getEventId() + ".xml");
        }
        List<SignedDeliveryReceipt> forB = soap.getDeliveryReceipts(deliveries(axisId), auth(tokenB)).getReceipt();
        assertThat(forB).isNotEmpty().allMatch(r -> r.getRecipient().equals(B));

        JsonNode report = JSON.readTree(soap.getVerification(verification(axisId), auth(tokenB)).getReportJson());
        assertThat(report).isEqualTo(JSON.readTree(rest("/api/v1/packages/" + axisId + "/verification", tokenA)));
        assertThat(report.path("valid").asBoolean()).isTrue();

        assertThat(SoapFlowIT.fault(() -> soap.getReceipt(receipt(axisId), auth(tokenB))).getCode()).isEqualTo("NOT_FOUND");
        assertThat(SoapFlowIT.fault(() -> soap.getDeliveryReceipts(deliveries(axisId), auth(tokenD))).getCode())
                .isEqualTo("NOT_FOUND");
        assertThat(SoapFlowIT.fault(() -> soap.getVerification(verification(" "), auth(tokenA))).getField()).isEqualTo("axisId");
    }

    @Test
    void givenZeepClient_thenTheReceiptBytesAreTheAxisSignedOnes() throws Exception {
        SoapZeepIT.zeepIsInstalled();
        String axisId = sentFetchedAndAcked(port(newSeen()));
        Path out = Files.createDirectories(DATA.resolve("zeep-" + axisId));
        JsonNode got = SoapZeepIT.zeep("receipts", wsdlUrl(), tokenA, axisId, out.toString());
        assertThat(got.path("report").path("valid").asBoolean()).isTrue();
        assertThat(got.path("deliveries").toString()).contains("\"fetched\"", "\"acknowledged\"", B);
        assertThat(got.path("files").size()).isGreaterThan(3);
        for (JsonNode file : got.path("files")) {
            assertSignedByTheAxis(Files.readAllBytes(Path.of(file.asText())), "zeep-" + Path.of(file.asText()).getFileName());
        }
        assertThat(Files.readString(out.resolve("acceptance.xml")))
                .isEqualTo(rest("/api/v1/packages/" + axisId + "/receipt", tokenA));
    }

    private String sentFetchedAndAcked(AxisPortType soap) throws Exception {
        Path file = signed(TestPackages.document(A, List.of(B)), DATA.resolve("out"), A);
        SendPackage send = new SendPackage();
        send.setPackage(new DataHandler(new FileDataSource(file.toFile())));
        String axisId = soap.sendPackage(send, auth(tokenA)).getReceipt().getAxisId();
        await().atMost(WAIT).until(() -> "AVAILABLE".equals(deliveryState(axisId, B)));
        GetPackage get = new GetPackage();
        get.setAxisId(axisId);
        soap.getPackage(get, auth(tokenB)).getPackage().getInputStream().readAllBytes();
        Acknowledge ack = new Acknowledge();
        ack.setAxisId(axisId);
        ack.setResult("done");
        soap.acknowledge(ack, auth(tokenB));
        return axisId;
    }

    private void assertSignedByTheAxis(byte[] xml, String name) {
        var axis = axisKey.required();
        assertThat(EvidenceSigner.verify(new String(xml, StandardCharsets.UTF_8), axis.certificate(), DATA).signer())
                .as(name).isEqualTo(axis.certificate());
    }

    private String rest(String path, String token) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static GetReceipt receipt(String axisId) {
        GetReceipt r = new GetReceipt();
        r.setAxisId(axisId);
        return r;
    }

    private static GetDeliveryReceipts deliveries(String axisId) {
        GetDeliveryReceipts r = new GetDeliveryReceipts();
        r.setAxisId(axisId);
        return r;
    }

    private static GetVerification verification(String axisId) {
        GetVerification r = new GetVerification();
        r.setAxisId(axisId);
        return r;
    }
}
