package vn.lienthong.axis.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.axis.ops.CertificateExpiryMetrics;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.trust.Certificates;

/** Every registered agency certificate and trust anchor has its days left in /actuator/prometheus. */
class CertificateExpiryMetricsIT extends ConsoleTestBase {
    @Autowired CertificateExpiryMetrics metrics;

    @Test
    void givenAnAgencyCertificateAndTheTrustAnchors_thenTheirDaysLeftAreExported() throws Exception {
        String pem = Files.readString(Path.of("certs-sample/sample-agency-000.00.02.h99-rsa-signing.pem"));
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        Api api = new Api(port);
        String body = "{\"name\":\"Sở Tài chính tỉnh Mẫu\",\"signingCertificates\":[" + Api.JSON.writeValueAsString(pem) + "]}";
        assertThat(api.send(api.request("/admin/api/v1/agencies/" + B, ADMIN_TOKEN, null)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()).statusCode()).isEqualTo(200);

        metrics.refresh();
        String scrape = api.get("/actuator/prometheus", "sample-scrape-token", null).body();
        Matcher m = Pattern.compile("axis_certificate_days_left\\{kind=\"agency-signing\",owner=\"" + Pattern.quote(B)
                + "\",sha256=\"" + Certificates.sha256(cert) + "\"} (\\S+)").matcher(scrape);
        assertThat(m.find()).as(scrape).isTrue();
        double expected = Duration.between(Instant.now(), cert.getNotAfter().toInstant()).toHours() / 24.0;
        assertThat(Double.parseDouble(m.group(1))).isBetween(expected - 1, expected + 1);
        assertThat(scrape).containsPattern("axis_certificate_days_left\\{kind=\"trust-anchor\",owner=\"trust-anchor\",sha256=\"[0-9a-f]{64}\"} \\d");
    }
}
