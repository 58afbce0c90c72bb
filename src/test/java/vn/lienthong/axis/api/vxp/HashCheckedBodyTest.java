package vn.lienthong.axis.api.vxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class HashCheckedBodyTest {
    private static final byte[] FILE = "<edXMLEnvelope>đ</edXMLEnvelope>".getBytes(StandardCharsets.UTF_8);

    @Test
    void givenFileFollowedBySdkCrlf_thenTheCrlfIsDropped() throws IOException {
        assertThat(read(concat(FILE, "\r\n"), sha(FILE), 7)).isEqualTo(FILE);
    }

    @Test
    void givenFileWithoutCrlf_thenPassedUnchanged() throws IOException {
        assertThat(read(FILE, sha(FILE), 1)).isEqualTo(FILE);
    }

    @Test
    void givenFileWhoseOwnBytesEndInCrlf_thenOnlyTheSdkCrlfIsDropped() throws IOException {
        byte[] own = concat(FILE, "\r\n");
        assertThat(read(concat(own, "\r\n"), sha(own), 64 * 1024)).isEqualTo(own);
        assertThat(read(own, sha(own), 3)).isEqualTo(own);
    }

    @Test
    void givenHashOfNeither_thenContentHashMismatchAtTheEnd() {
        assertThatThrownBy(() -> read(concat(FILE, "\r\n"), sha("x".getBytes(StandardCharsets.UTF_8)), 5))
                .isInstanceOf(AxisException.class)
                .satisfies(e -> assertThat(((AxisException) e).code()).isEqualTo(AxisErrorCode.CONTENT_HASH_MISMATCH));
    }

    @Test
    void givenTinyBodies_thenHandled() throws IOException {
        assertThat(read(new byte[] {'\r', '\n'}, sha(new byte[0]), 1)).isEmpty();
        byte[] one = {'a'};
        assertThat(read(one, sha(one), 1)).isEqualTo(one);
    }

    private static byte[] read(byte[] body, String hash, int bufferSize) throws IOException {
        try (InputStream in = new HashCheckedBody(new ByteArrayInputStream(body), hash)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[bufferSize];
            for (int n; (n = in.read(buf)) != -1; ) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] t = b.getBytes(StandardCharsets.US_ASCII);
        byte[] r = new byte[a.length + t.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(t, 0, r, a.length, t.length);
        return r;
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
