package vn.lienthong.axis.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.axis.edxml.AttachmentSink;

/**
 * Where intake decodes one package's attachments: files beside its spool file ({@code <spool>.attachments-N.bin}),
 * not a folder per package, so a package costs no directory created and removed on the request's path (on a busy
 * disk those queue behind the journal). {@link #deleteAll} removes every file handed out and its {@code .part};
 * the spool cleanup removes what a crash leaves.
 */
final class ScratchFiles implements AttachmentSink {
    private final Path spoolFile;
    private final List<Path> handedOut = new ArrayList<>();

    ScratchFiles(Path spoolFile) {
        this.spoolFile = spoolFile;
    }

    @Override
    public Path fileFor(int index, String contentId, String name) {
        Path file = spoolFile.resolveSibling(spoolFile.getFileName() + VerifyingInspector.SCRATCH_SUFFIX + "-"
                + (index + 1) + ".bin");
        handedOut.add(file);
        return file;
    }

    /** Best effort: what cannot be deleted now is left to the spool cleanup. */
    void deleteAll() {
        for (Path file : handedOut) {
            delete(file);
            delete(file.resolveSibling(file.getFileName() + ".part"));
        }
        handedOut.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the spool cleanup removes leftovers
        }
    }
}
