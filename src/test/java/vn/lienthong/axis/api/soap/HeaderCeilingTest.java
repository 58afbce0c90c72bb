package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class HeaderCeilingTest {

    @Test
    void givenMoreThanTheCeiling_thenTheReadPastItFailsWithXmlLimitExceeded_havingPassedExactlyTheCeiling()
            throws IOException {
        HeaderCeiling in = new HeaderCeiling(new ByteArrayInputStream(new byte[10_000]), 1000);
        byte[] buf = new byte[4000];
        assertThat(in.read(buf, 0, buf.length)).isEqualTo(1000);
        assertThatThrownBy(() -> in.read(buf, 0, buf.length)).isInstanceOf(IOException.class)
                .cause().isInstanceOfSatisfying(AxisException.class,
                        e -> assertThat(e.code()).isEqualTo(AxisErrorCode.XML_LIMIT_EXCEEDED));
        assertThat(in.tripped()).isTrue();
        assertThat(ParserRefusals.classify(new RuntimeException(new IOException("wrapped", new AxisException(
                AxisErrorCode.XML_LIMIT_EXCEEDED, "x", "Header")))).code()).isEqualTo(AxisErrorCode.XML_LIMIT_EXCEEDED);
    }

    @Test
    void givenTheCeilingLifted_thenTheRestPasses() throws IOException {
        HeaderCeiling in = new HeaderCeiling(new ByteArrayInputStream(new byte[10_000]), 1000);
        assertThat(in.skip(5000)).isEqualTo(1000);
        in.lift();
        assertThat(in.readAllBytes()).hasSize(9000);
        assertThat(in.tripped()).isFalse();
    }
}
