package vn.lienthong.axis.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * H2 file system {@code durable:} (the embedded default's URL, {@code jdbc:h2:durable:…}): H2's files opened for
 * writing with {@code DSYNC}, so a commit's write is on the disk before the commit returns. H2 2.3 writes each
 * commit to its file at once ({@code WRITE_DELAY=0}) but forces the file only when it closes or compacts, so on
 * plain {@code file:} a power cut could undo an acceptance the sender was already told of (docs/operations.md).
 * Registered before any data source exists by {@link Registration}.
 */
public final class DurableH2Files extends FilePathWrapper {
    static final String SCHEME = "durable";

    /** Registers the file system at start, before the data source is built (META-INF/spring.factories). */
    public static final class Registration implements EnvironmentPostProcessor {
        @Override
        public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
            register();
        }
    }

    /** Makes {@code durable:} known to H2 in this JVM (idempotent). */
    public static void register() {
        FilePath.register(new DurableH2Files());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return getBase().open(durableMode(mode));
    }

    /** H2 asks for "r" or "rw"; writing modes gain synchronous data writes. */
    static String durableMode(String mode) {
        return "rw".equals(mode) ? "rwd" : mode;
    }
}
