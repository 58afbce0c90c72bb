package vn.lienthong.axis.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfAttachmentReportJsonTest {

    @Test
    void givenReport_thenSerialisesToPlainJsonWithIsoTimesAndStableCodes() throws Exception {
        PdfAttachmentReport report = PdfAttachmentReport.of("cong-van.pdf", List.of(new PdfSignatureResult(
                "Signature1", "Sig", "ETSI.CAdES.detached", "C=VN,O=UBND Tinh Mau,CN=Nguyen Van A", "UBND Tinh Mau",
                Instant.parse("2026-11-20T08:00:00Z"), "CMS_SIGNING_TIME", "SHA-256", List.of(0L, 10L, 20L, 30L),
                true, SignatureStatus.INVALID, PdfSignatureReason.DIGEST_MISMATCH, "changed after signing")));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        JsonNode tree = json.readTree(json.writeValueAsString(report));

        assertThat(tree.get("attachmentName").asText()).isEqualTo("cong-van.pdf");
        assertThat(tree.get("status").asText()).isEqualTo("INVALID");
        assertThat(tree.get("reason").asText()).isEqualTo("DIGEST_MISMATCH");
        JsonNode sig = tree.get("signatures").get(0);
        assertThat(sig.get("signingTime").asText()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(sig.get("signerOrganisation").asText()).isEqualTo("UBND Tinh Mau");
        assertThat(sig.get("byteRange")).hasSize(4);
    }
}
