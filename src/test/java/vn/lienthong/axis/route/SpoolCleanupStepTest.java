package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.ledger.BlobStore;

class SpoolCleanupStepTest {
    @TempDir
    Path spool;

    @Test
    void givenScratchLeftByACrash_thenRemovedWithStaleSpoolFilesButOtherFoldersKept() throws Exception {
        Path part = Files.writeString(spool.resolve("a.part"), "<edXML/>");
        Path scratch = Files.createDirectories(spool.resolve("a.part.attachments"));
        Files.writeString(scratch.resolve("attachment-1.bin.part"), "decoded bytes");
        Path scratchFile = Files.writeString(spool.resolve("a.part.attachments-1.bin.part"), "decoded bytes");
        Path other = Files.createDirectories(spool.resolve("operator-notes"));
        Clock twoDaysLater = Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC);

        int removed = new SpoolCleanupStep(spool, twoDaysLater, null, null, null).removeStale();

        assertThat(removed).isEqualTo(3);
        assertThat(part).doesNotExist();
        assertThat(scratch).doesNotExist();
        assertThat(scratchFile).doesNotExist();
        assertThat(other).exists();
    }

    /** Intake finishes packages while the folder is being cleaned: a listed file may be gone when looked at. */
    @Test
    void givenAFileThatIntakeMovedAfterTheListing_thenItIsSkippedWithoutFailingTheRun() throws Exception {
        FileTime tomorrow = FileTime.from(Instant.now().plus(Duration.ofDays(1)));
        Path stale = Files.writeString(spool.resolve("c.part"), "<edXML/>");

        assertThat(SpoolCleanupStep.removeIfStale(spool.resolve("moved-by-intake.part"), tomorrow)).isFalse();
        assertThat(SpoolCleanupStep.removeIfStale(stale, tomorrow)).isTrue();
        assertThat(stale).doesNotExist();
    }

    @Test
    void givenFreshScratchFolder_thenKept() throws Exception {
        Path scratch = Files.createDirectories(spool.resolve("b.part.attachments"));

        assertThat(new SpoolCleanupStep(spool, Clock.systemUTC(), null, null, null).removeStale()).isZero();
        assertThat(scratch).exists();
    }

    @Test
    void givenPartialBlobCopiesLeftByAKilledNode_thenTheStaleOnesAreRemovedAndStoredBlobsKept() throws Exception {
        Path root = spool.resolve("blobs");
        Path archive = spool.resolve("archive");
        BlobStore blobs = new BlobStore(root, archive);
        String sha = "ab".repeat(32);
        Path source = Files.writeString(spool.resolve("in.part"), "signed bytes");
        blobs.store(source, sha);
        Path partial = Files.writeString(Files.createDirectories(root.resolve(".incoming")).resolve(sha + ".1.tmp"), "half");
        Path archived = Files.writeString(Files.createDirectories(archive.resolve(".incoming")).resolve(sha + ".2.tmp"), "h");
        Path spoolDir = Files.createDirectories(spool.resolve("spool"));
        Clock twoDaysLater = Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC);

        assertThat(new SpoolCleanupStep(spoolDir, Clock.systemUTC(), null, null, blobs).removeStale()).isZero();
        assertThat(partial).exists();

        assertThat(new SpoolCleanupStep(spoolDir, twoDaysLater, null, null, blobs).removeStale()).isEqualTo(2);
        assertThat(partial).doesNotExist();
        assertThat(archived).doesNotExist();
        assertThat(Files.readString(blobs.path(sha))).isEqualTo("signed bytes");
        assertThat(blobs.count()).isEqualTo(1);
    }
}
