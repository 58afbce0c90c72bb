package vn.lienthong.axis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.FuzzTargets;
import vn.lienthong.axis.support.SeededFuzzer;

/** Fuzzing the streaming multipart reader (issue 10): only AxisException escapes, in bounded time. */
class MultipartPackageStreamFuzzTest {
    static final String TYPE = "multipart/form-data; boundary=XyZ-42";

    @Test
    void givenMutatedMultipartBodies_thenOnlyAxisExceptions() {
        List<byte[]> seeds = List.of(
                body("--XyZ-42\r\nContent-Disposition: form-data; name=\"package\"\r\n\r\n<edXML/>\r\n--XyZ-42--\r\n"),
                body("--XyZ-42\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{}\r\n--XyZ-42\r\n"
                        + "Content-Disposition: form-data; name=\"file_doc\"; filename=\"a.edxml\"\r\n"
                        + "Content-Type: application/xml\r\n\r\n<edXML>\r\n--XyZ-4</edXML>\r\n--XyZ-42--\r\n"),
                body("preamble\r\n--XyZ-42\r\ncontent-disposition: form-data; name=package\r\n\r\n\r\n--XyZ-42--"));
        List<String> dictionary = new ArrayList<>(List.of("\r\n--XyZ-42", "--XyZ-42--", "\r\n\r\n", "\r\n",
                "Content-Disposition: form-data; name=\"package\"", "; filename*=UTF-8''a", "name=", "\"", "--", "-"));

        long tried = new SeededFuzzer(seeds, dictionary, 32 * 1024)
                .run(input -> FuzzTargets.multipart(input, TYPE));

        assertThat(tried).isGreaterThan(seeds.size());
    }

    private static byte[] body(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
