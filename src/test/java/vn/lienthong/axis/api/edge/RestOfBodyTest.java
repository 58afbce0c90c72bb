package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.intake.MultipartPackageStream;

/** The end of the package part is reported only after the rest of the body has been read. */
class RestOfBodyTest {
    @Test
    void givenPartsAndAnEpilogueAfterThePackage_thenTheWholeBodyIsReadBeforeThePartEnds() throws Exception {
        byte[] raw = ("--b\r\nContent-Disposition: form-data; name=\"package\"\r\n\r\n<p/>\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"junk\"\r\n\r\n" + "x".repeat(100_000) + "\r\n--b--\r\nepilogue")
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayInputStream body = new ByteArrayInputStream(raw);
        InputStream part = RestOfBody.readToTheEnd(MultipartPackageStream.open(body, "multipart/form-data; boundary=b"),
                body);
        assertThat(new String(part.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("<p/>");
        assertThat(body.available()).as("nothing of the body left unread").isZero();
        assertThat(part.read()).isEqualTo(-1);
    }
}
