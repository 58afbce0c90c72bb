package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolCleanupStepTest {
    @TempDir
    Path spool;

    @Test
    void givenScratchFolderLeftByACrash_thenRemovedWithStaleSpoolFilesButOtherFoldersKept() throws Exception {
        Path part = Files.writeString(spool.resolve("a.part"), "<edXML/>");
        Path scratch = Files.createDirectories(spool.resolve("a.part.attachments"));
        Files.writeString(scratch.resolve("attachment-1.bin.part"), "decoded bytes");
        Path other = Files.createDirectories(spool.resolve("operator-notes"));
        Clock twoDaysLater = Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC);

        int removed = new SpoolCleanupStep(spool, twoDaysLater, null, null).removeStale();

        assertThat(removed).isEqualTo(2);
        assertThat(part).doesNotExist();
        assertThat(scratch).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void givenFreshScratchFolder_thenKept() throws Exception {
        Path scratch = Files.createDirectories(spool.resolve("b.part.attachments"));

        assertThat(new SpoolCleanupStep(spool, Clock.systemUTC(), null, null).removeStale()).isZero();
        assertThat(scratch).exists();
    }
}
