package vn.lienthong.axis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments are decoded into files beside the spool file, no folder per package, and all of them are deleted. */
class ScratchFilesTest {
    @TempDir
    Path spool;

    @Test
    void givenAttachmentsDecodedAndAPartLeft_thenFilesSitBesideTheSpoolFileAndAllAreDeleted() throws Exception {
        Path spoolFile = Files.writeString(spool.resolve("p1.part"), "<edXML/>");
        ScratchFiles scratch = new ScratchFiles(spoolFile);

        Path first = scratch.fileFor(0, "cid-1", "công văn.pdf");
        Path second = scratch.fileFor(1, "cid-2", "../../etc/passwd");
        Files.writeString(first, "decoded");
        Files.writeString(second.resolveSibling(second.getFileName() + ".part"), "half");

        assertThat(first.getParent()).isEqualTo(spool);
        assertThat(second.getParent()).isEqualTo(spool);
        assertThat(first.getFileName().toString()).isEqualTo("p1.part" + VerifyingInspector.SCRATCH_SUFFIX + "-1.bin");
        assertThat(second.getFileName().toString()).isEqualTo("p1.part" + VerifyingInspector.SCRATCH_SUFFIX + "-2.bin");

        scratch.deleteAll();

        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).containsExactly(spoolFile);
        }
    }
}
