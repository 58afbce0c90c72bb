package vn.lienthong.axis.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free space of the volume that holds a data folder (the folder's nearest existing ancestor if it is missing). */
public final class DataVolume {
    private DataVolume() {}

    /** Usable bytes for this JVM on the volume of {@code dir}; 0 if it cannot be determined (treated as full). */
    public static long usableBytes(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return 0;
        }
        try {
            return Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }
}
