package vn.lienthong.axis.ops;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.ledger.BlobStore;

/** {@code blobStore} health: the payload folder is writable and has room for at least one more maximal package. */
@Component
public class BlobStoreHealthIndicator implements HealthIndicator {
    private final BlobStore blobs;
    private final long minFreeBytes;

    public BlobStoreHealthIndicator(BlobStore blobs, vn.lienthong.axis.config.AxisProperties props) {
        this.blobs = blobs;
        this.minFreeBytes = 2 * props.limits().maxPackageBytes();
    }

    @Override
    public Health health() {
        try {
            Path root = Files.createDirectories(blobs.root());
            FileStore store = Files.getFileStore(root);
            long free = store.getUsableSpace();
            Health.Builder h = free >= minFreeBytes && Files.isWritable(root) ? Health.up() : Health.down();
            return h.withDetail("path", root.toString()).withDetail("free", free).withDetail("threshold", minFreeBytes)
                    .build();
        } catch (IOException e) {
            return Health.down(e).withDetail("path", blobs.root().toString()).build();
        }
    }
}
