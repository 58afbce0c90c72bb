package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 opened through {@code durable:} writes its file with O_DSYNC (read back from Linux's /proc), and works. */
class DurableH2FilesTest {
    /** O_DSYNC on Linux (x86-64 and arm64), as /proc/self/fdinfo prints the open flags: octal. */
    private static final int O_DSYNC = 010000;
    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    @TempDir
    Path dir;

    @BeforeAll
    static void registered() {
        DurableH2Files.register();
    }

    @Test
    void givenTheDurableScheme_thenH2sDatabaseFileIsOpenWithDsync() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "the open flags are read from Linux's /proc");
        try (Connection c = DriverManager.getConnection("jdbc:h2:durable:" + dir.resolve("axis") + SETTINGS, "sa", "")) {
            insert(c, "Sở Nội vụ");
            assertThat(openFlags(dir.resolve("axis.mv.db"))).isNotEmpty().allMatch(f -> (f & O_DSYNC) != 0);
        }
    }

    @Test
    void givenPlainFile_thenTheFlagIsAbsent_soTheCheckAboveCanFail() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "the open flags are read from Linux's /proc");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain") + SETTINGS, "sa", "")) {
            insert(c, "x");
            assertThat(openFlags(dir.resolve("plain.mv.db"))).isNotEmpty().allMatch(f -> (f & O_DSYNC) == 0);
        }
    }

    @Test
    void givenACommitThroughDurable_whenReopenedAsPlainFile_thenTheRowAndItsDiacriticsAreThere() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:durable:" + dir.resolve("db") + SETTINGS, "sa", "")) {
            insert(c, "Ủy ban nhân dân tỉnh Bắc Ninh");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Ủy ban nhân dân tỉnh Bắc Ninh");
        }
    }

    @Test
    void givenH2sModes_thenOnlyWritingGainsDsync() {
        assertThat(DurableH2Files.durableMode("rw")).isEqualTo("rwd");
        assertThat(DurableH2Files.durableMode("r")).isEqualTo("r");
    }

    private static void insert(Connection c, String value) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("create table t(v varchar(200))");
            s.execute("insert into t values ('" + value + "')");
        }
        c.commit();
    }

    /** The open flags of every descriptor this process holds on {@code file}. */
    private static List<Integer> openFlags(Path file) throws IOException {
        Path target = file.toRealPath();
        List<Integer> flags = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                if (pointsTo(fd, target)) {
                    flags.add(flags(Path.of("/proc/self/fdinfo", fd.getFileName().toString())));
                }
            }
        }
        return flags;
    }

    private static boolean pointsTo(Path fd, Path target) {
        try {
            return Files.readSymbolicLink(fd).equals(target);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // closed meanwhile, or not a link
        }
    }

    private static int flags(Path fdinfo) throws IOException {
        for (String line : Files.readAllLines(fdinfo)) {
            if (line.startsWith("flags:")) {
                return Integer.parseInt(line.substring("flags:".length()).trim(), 8);
            }
        }
        throw new IOException("no flags in " + fdinfo);
    }
}
