package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import vn.lienthong.axis.config.SoapProperties;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.support.Api;
import vn.lienthong.axis.support.RawHttp;

/**
 * The SOAP {@code Header} is bounded before CXF builds it into DOM, for everyone (docs/security.md, §4 outside
 * check): an anonymous request whose Header holds megabytes of junk elements was parsed whole before
 * authentication, up to the inline text cap; 120 at once filled a 512 MiB heap.
 */
class SoapHeaderLimitIT extends EdgeTestBase {
    static final String OPEN = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:a=\"urn:lienthong:axis:v1\"><soap:Header>";
    static final String JUNK = "<j:junk xmlns:j=\"urn:junk\">x</j:junk>";
    static final int ATTACK_BYTES = 5 * 1024 * 1024;

    @Autowired SoapProperties soap;
    @Autowired ClientRegistry clients;

    @Test
    void givenAnonymousHeaderOf5MiBJunkElements_thenRefusedWithXmlLimitExceeded_afterReadingLittleMoreThanTheLimit(
            CapturedOutput output) {
        long start = System.nanoTime();
        String answer;
        try (RawHttp http = attack()) {
            answer = http.answer(2000);
            assertThat(http.closedByServer()).as("the unread rest is not drained").isTrue();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5000);
        assertThat(answer).startsWith("HTTP/1.1 500").contains("<faultcode>soap:Client</faultcode>",
                "<code>XML_LIMIT_EXCEEDED</code>", "<field>Header</field>", soap.maxHeaderBytes() + " bytes");
        assertThat(output.getAll().lines().filter(l -> l.contains("XML_LIMIT_EXCEEDED")).count()).isEqualTo(1);
        assertThat(output.getAll()).contains("Refused a SOAP request: XML_LIMIT_EXCEEDED")
                .doesNotContain("\tat org.apache").doesNotContain(" ERROR ");
    }

    @Test
    void given120AnonymousHeadersOf5MiBAtOnce_thenEachIsRefusedHavingSentOnlyALittleMoreThanTheLimit() {
        List<RawHttp> held = new ArrayList<>();
        try {
            for (int i = 0; i < 120; i++) {
                held.add(attack()); // none sends the rest of its 5 MiB: each is answered from the first limit's worth
            }
            for (RawHttp http : held) {
                assertThat(http.answer(2000)).contains("<code>XML_LIMIT_EXCEEDED</code>");
            }
        } finally {
            held.forEach(RawHttp::close);
        }
    }

    @Test
    void givenAnAuthenticatedHeaderJustUnderTheLimit_thenServed_andJustOverIt_thenRefusedLikeAnyone() {
        String token = clients.register("DMS with a large header", List.of(EdgeLimitsIT.A)).token();
        String auth = "<a:AxisAuth><a:token>" + token + "</a:token></a:AxisAuth>";
        int room = (int) soap.maxHeaderBytes() - OPEN.length() - auth.length() - "</soap:Header><soap:Body>".length();

        HttpResponse<String> under = listPending(auth + filler(room - 256));
        assertThat(under.statusCode()).as(under.body()).isEqualTo(200);
        assertThat(under.body()).contains("ListPendingResponse").doesNotContain("Fault");

        HttpResponse<String> over = listPending(auth + filler(room + 256));
        assertThat(over.statusCode()).isEqualTo(500);
        assertThat(over.body()).contains("<code>XML_LIMIT_EXCEEDED</code>", "<field>Header</field>");
    }

    /** An anonymous request declaring a Header of 5 MiB of junk elements; sends the limit's worth and 32 KiB more. */
    private RawHttp attack() {
        int elements = ATTACK_BYTES / JUNK.length();
        String close = "</soap:Header><soap:Body><a:ListPending/></soap:Body></soap:Envelope>";
        long declared = OPEN.length() + (long) elements * JUNK.length() + close.length();
        StringBuilder sent = new StringBuilder(OPEN);
        while (sent.length() < soap.maxHeaderBytes() + 32 * 1024) {
            sent.append(JUNK);
        }
        RawHttp http = new RawHttp(port);
        http.head("POST /ws/axis HTTP/1.1\nHost: 127.0.0.1\nContent-Type: text/xml; charset=UTF-8\n"
                + "SOAPAction: \"urn:lienthong:axis:v1:ListPending\"\nContent-Length: " + declared)
                .send(sent.toString().getBytes(StandardCharsets.UTF_8));
        return http;
    }

    /** A header block no one asked to understand, of {@code bytes} bytes. */
    private static String filler(int bytes) {
        String open = "<n:note xmlns:n=\"urn:example:note\">";
        String close = "</n:note>";
        return open + "n".repeat(bytes - open.length() - close.length()) + close;
    }

    private HttpResponse<String> listPending(String header) {
        String envelope = OPEN + header + "</soap:Header><soap:Body><a:ListPending/></soap:Body></soap:Envelope>";
        Api api = new Api(port);
        return api.send(api.request("/ws/axis", null, null).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build());
    }
}
