package vn.lienthong.axis.edxml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Says where the reader places each decoded attachment. Names come from the index, never from the package. */
@FunctionalInterface
public interface AttachmentSink {
    /**
     * The file for attachment number {@code index} (0-based); its directory must exist. The reader writes a
     * {@code .part} file beside it first and replaces any existing file.
     */
    Path fileFor(int index, String contentId, String name) throws IOException;

    /** Files {@code attachment-1.bin}, {@code attachment-2.bin}, … in {@code directory} (created if needed). */
    static AttachmentSink directory(Path directory) {
        return (index, contentId, name) -> {
            Files.createDirectories(directory);
            return directory.resolve("attachment-" + (index + 1) + ".bin");
        };
    }
}
