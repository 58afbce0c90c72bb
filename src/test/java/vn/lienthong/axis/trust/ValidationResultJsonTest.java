package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.trust.sample.IssuedCertificate;

/** The validation result goes into the verification report as JSON. */
class ValidationResultJsonTest {
    @Test
    void givenValidatedChain_thenTheResultSerialisesWithSubjectsFingerprintsNotAfterAndRevocation() throws Exception {
        IssuedCertificate leaf = TestPki.signer().build();
        ValidationResult result = new CertificateValidator(TestPki.anchors(), CertificateStore.EMPTY,
                RevocationChecker.off(), Clock.systemUTC()).validate(leaf.certificate(), TestPki.keyInfo(leaf));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        JsonNode tree = json.readTree(json.writeValueAsString(result));

        assertThat(tree.get("revocationSource").asText()).isEqualTo("OFF");
        assertThat(tree.get("validationTime").asText()).endsWith("Z");
        assertThat(tree.get("chain")).hasSize(3);
        JsonNode signer = tree.get("chain").get(0);
        assertThat(signer.get("role").asText()).isEqualTo("SIGNER");
        assertThat(signer.get("sha256").asText()).hasSize(64);
        assertThat(signer.get("subject").asText()).contains(TestPki.AGENCY);
        assertThat(signer.get("notAfter").asText()).endsWith("Z");
        assertThat(tree.get("revocation").get(0).get("status").get("state").asText()).isEqualTo("NOT_CHECKED");
    }
}
