package vn.lienthong.axis.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisException;

class MultipartPackageStreamTest {

    @Test
    void givenSeveralParts_thenOnlyThePackagePartIsStreamedByteForByte() throws Exception {
        byte[] pkg = "<edXML>\r\n--almost-a-boundary\r\n\r\n</edXML>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"package\"; filename=\"p.edxml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pkg);
        body.write("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));

        byte[] read = MultipartPackageStream.open(new ByteArrayInputStream(body.toByteArray()),
                "multipart/form-data; boundary=XyZ").readAllBytes();

        assertThat(read).isEqualTo(pkg);
    }

    @Test
    void givenNoPackagePart_thenBadRequest() {
        byte[] body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MultipartPackageStream.open(new ByteArrayInputStream(body), "multipart/form-data; boundary=b"))
                .isInstanceOf(AxisException.class).hasMessageContaining("package");
    }
}
