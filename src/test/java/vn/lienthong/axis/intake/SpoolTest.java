package vn.lienthong.axis.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class SpoolTest {
    @TempDir Path dir;

    @Test
    void writesTheBytesWithTheirSha256() {
        SpooledPackage s = new Spool(dir, 10).write(new ByteArrayInputStream("abc".getBytes()));
        assertThat(s.file()).hasContent("abc");
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void givenOneByteOverTheLimit_thenTooLargeAndNoFileLeft() throws Exception {
        assertThatThrownBy(() -> new Spool(dir, 10).write(new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.TOO_LARGE));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> new Spool(dir, 10).checkDeclaredLength(11)).isInstanceOf(AxisException.class);
    }

    @Test
    void givenClientBodyFailsWhileBeingRead_thenBadRequestAndNoFileLeft() throws Exception {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream("<edXML>".getBytes()), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by peer");
            }
        });

        assertThatThrownBy(() -> new Spool(dir, 100).write(broken)).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.BAD_REQUEST));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void givenSpoolFolderIsAFile_thenDependencyUnavailableWithoutTheServerPath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("spool"), "x");

        assertThatThrownBy(() -> new Spool(notAFolder, 100).write(new ByteArrayInputStream("<edXML/>".getBytes())))
                .isInstanceOfSatisfying(AxisException.class, e -> {
                    assertThat(e.code()).isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE);
                    assertThat(e.code().retryable()).isTrue();
                    assertThat(e.detail()).doesNotContain(dir.toString()).doesNotContain("spool");
                });
    }

    @Test
    void givenLessFreeSpaceThanMinFreeBytes_thenDependencyUnavailableBeforeReading() {
        Spool spool = new Spool(dir, 100, Long.MAX_VALUE);

        assertThatThrownBy(spool::checkFreeSpace).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.DEPENDENCY_UNAVAILABLE));
        new Spool(dir, 100, 1).checkFreeSpace();
    }
}
