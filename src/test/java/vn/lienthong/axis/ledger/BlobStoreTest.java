package vn.lienthong.axis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    static final String SHA = "a".repeat(64);

    @Test
    void givenSpoolFile_thenMovedUnderItsHashAndTheSpoolFileIsGone(@TempDir Path dir) throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        Path spool = Files.writeString(dir.resolve("one.part"), "bytes");

        String key = store.store(spool, SHA);

        assertThat(key).isEqualTo(SHA);
        assertThat(store.path(key)).isEqualTo(dir.resolve("blobs/aa/aa/" + SHA)).hasContent("bytes");
        assertThat(spool).doesNotExist();
    }

    @Test
    void givenSameContentTwice_thenStoredOnce(@TempDir Path dir) throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        store.store(Files.writeString(dir.resolve("one.part"), "bytes"), SHA);
        Path second = Files.writeString(dir.resolve("two.part"), "bytes");

        store.store(second, SHA);

        assertThat(store.count()).isEqualTo(1);
        assertThat(second).doesNotExist();
    }

    @Test
    void givenAnArchivedBlob_thenReadFromTheArchive_andADeletedOneIsNotFoundWithItsTime(@TempDir Path dir)
            throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"), dir.resolve("archive"));
        store.store(Files.writeString(dir.resolve("one.part"), "bytes"), SHA);

        assertThat(store.archive(SHA)).isTrue();
        assertThat(store.archive(SHA)).as("again: already there").isTrue();
        assertThat(dir.resolve("blobs/aa/aa/" + SHA)).doesNotExist();
        assertThat(store.readablePath(SHA)).isEqualTo(dir.resolve("archive/aa/aa/" + SHA)).hasContent("bytes");

        store.deleteArchived(SHA, "2030-01-01T00:00:00Z");
        assertThat(dir.resolve("archive/aa/aa/" + SHA)).doesNotExist();
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(vn.lienthong.axis.error.AxisException.class,
                () -> store.readablePath(SHA));
        assertThat(e.code()).isEqualTo(vn.lienthong.axis.error.AxisErrorCode.NOT_FOUND);
        assertThat(e.detail()).contains("deleted at the end of their archive period (2030-01-01T00:00:00Z)");
        assertThat(store.archive(SHA)).as("nothing left to move").isFalse();
    }
}
