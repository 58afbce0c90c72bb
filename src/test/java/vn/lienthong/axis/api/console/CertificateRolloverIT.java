package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.directory.DirectorySignerRegistry;
import vn.lienthong.axis.signature.EdxmlSigner;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.SampleKeys;
import vn.lienthong.axis.support.TestPackages;
import vn.lienthong.axis.trust.Certificates;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.RegisteredSigner;
import vn.lienthong.axis.trust.sample.CertificateBuilder;
import vn.lienthong.axis.trust.sample.IssuedCertificate;

/**
 * Certificate rollover through the admin API: both of an agency's certificates are registered during the
 * overlap, the old one stops counting once retired, one can be removed; a trust anchor added at run time can
 * be removed, and packages under it are untrusted again at once.
 */
class CertificateRolloverIT extends ConsoleTestBase {
    @Autowired DirectorySignerRegistry signers;

    @Test
    void givenTwoCertificates_whenTheOldIsRetiredThenTheNewRemoved_thenOnlyThoseInForceCount() throws Exception {
        Path oldPem = SampleKeys.signingPem(C, false);
        Path successorPem = SampleKeys.signingPem(C, true);
        String old = Files.readString(oldPem);
        String successor = Files.readString(successorPem);
        Api api = new Api(port);
        String body = Api.JSON.writeValueAsString(Map.of("name", "UBND tỉnh Mẫu", "signingCertificates", List.of(old, successor)));
        assertThat(put(api, "/admin/api/v1/agencies/" + C, body).statusCode()).isEqualTo(200);
        String oldSha = Certificates.sha256(Pem.readCertificate(oldPem));
        String newSha = Certificates.sha256(Pem.readCertificate(successorPem));
        assertThat(registered()).containsExactlyInAnyOrder(oldSha, newSha);

        String retirement = "/admin/api/v1/agencies/" + C + "/certificates/" + oldSha + "/retirement";
        assertThat(put(api, retirement, "{\"at\":\"" + OffsetDateTime.now().plusDays(30) + "\"}").statusCode()).isEqualTo(204);
        assertThat(registered()).as("still in force until the date").containsExactlyInAnyOrder(oldSha, newSha);
        assertThat(put(api, retirement, "{\"at\":\"" + OffsetDateTime.now().minusSeconds(1) + "\"}").statusCode()).isEqualTo(204);
        assertThat(registered()).containsExactly(newSha);

        HttpResponse<String> removed = api.send(api.request("/admin/api/v1/agencies/" + C + "/certificates/" + newSha,
                ADMIN_TOKEN, null).DELETE().build());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(registered()).isEmpty();
        assertThat(put(api, "/admin/api/v1/agencies/" + C + "/certificates/" + newSha + "/retirement", "{}").statusCode())
                .isEqualTo(404);
        assertThat(Api.json(api.get("/admin/api/v1/audit?agency=" + C, ADMIN_TOKEN, null)).findValuesAsText("action"))
                .contains("agency-certificate-retired", "agency-certificate-removed");
    }

    @Test
    void givenATrustAnchorAddedAtRunTime_whenRemoved_thenItsSignersAreUntrustedAgain() throws Exception {
        IssuedCertificate ca = CertificateBuilder.ca("CN=Rollover test root,O=Test CA,C=VN").build();
        IssuedCertificate signer = CertificateBuilder.signing("CN=" + C + " signing,OU=" + C + ",O=Test,C=VN")
                .issuedBy(ca).build();
        Api api = new Api(port);
        String token = Api.json(api.postJson("/admin/api/v1/clients", ADMIN_TOKEN, null,
                "{\"name\":\"DMS UBND\",\"agencies\":[\"" + C + "\"]}")).path("token").asText();
        assertThat(submit(api, token, signer).statusCode()).isEqualTo(422);
        String root = Api.JSON.writeValueAsString(Map.of("pem", Pem.toPem(ca.certificate()), "revocation", "soft-fail"));
        assertThat(api.postJson("/admin/api/v1/trust-anchors", ADMIN_TOKEN, null, root).statusCode()).isEqualTo(201);
        HttpResponse<String> accepted = submit(api, token, signer);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

        String sha = Certificates.sha256(ca.certificate());
        assertThat(api.send(api.request("/admin/api/v1/trust-anchors/" + sha, ADMIN_TOKEN, null).DELETE().build())
                .statusCode()).isEqualTo(204);
        HttpResponse<String> untrusted = submit(api, token, signer);
        assertThat(untrusted.statusCode()).isEqualTo(422);
        assertThat(Api.json(untrusted).path("code").asText()).isEqualTo("UNTRUSTED_SIGNER");
        assertThat(api.send(api.request("/admin/api/v1/trust-anchors/" + sha, ADMIN_TOKEN, null).DELETE().build())
                .statusCode()).isEqualTo(404);
    }

    private List<String> registered() {
        return signers.certificatesOf(C).stream().map(RegisteredSigner::sha256).toList();
    }

    private HttpResponse<String> submit(Api api, String token, IssuedCertificate signer) throws Exception {
        Path dir = Files.createDirectories(DATA.resolve("rollover"));
        Path unsigned = TestPackages.write(TestPackages.document(C, List.of(B)), Files.createTempFile(dir, "u", ".edxml"));
        Path signed = Files.createTempFile(dir, "s", ".edxml");
        new EdxmlSigner(signer.privateKey(), signer.chain()).sign(unsigned, signed);
        return api.submit(Files.readAllBytes(signed), token);
    }

    private static HttpResponse<String> put(Api api, String path, String json) {
        return api.send(api.request(path, ADMIN_TOKEN, null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
