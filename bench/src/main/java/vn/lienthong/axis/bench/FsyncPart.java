package vn.lienthong.axis.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fsynced file writes on the data disk: what the blob store can do at best. */
final class FsyncPart {
    private FsyncPart() {}

    static Map<String, Object> measure(Path dir, int files, int bytesEach) throws IOException {
        Path target = Files.createDirectories(dir.resolve("fsync-part"));
        byte[] payload = new byte[bytesEach];
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            Path f = target.resolve("f" + i);
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(payload));
                ch.force(true);
            }
        }
        long nanos = System.nanoTime() - start;
        for (int i = 0; i < files; i++) {
            Files.deleteIfExists(target.resolve("f" + i));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files);
        m.put("bytesEach", bytesEach);
        m.put("filesPerSecond", Rate.round(Rate.perSecond(files, nanos)));
        m.put("megabytesPerSecond", Rate.round(Rate.perSecond((long) files * bytesEach, nanos) / 1e6));
        return m;
    }
}
