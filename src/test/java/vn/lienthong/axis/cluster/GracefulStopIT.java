package vn.lienthong.axis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienthong.axis.directory.ClientRegistry;
import vn.lienthong.axis.support.AxisNodes;
import vn.lienthong.axis.support.EdxmlSamples;
import vn.lienthong.axis.support.Postgres;
import vn.lienthong.axis.support.RequiresPostgres;
import vn.lienthong.axis.support.TestDirs;

/**
 * Issue 11 §2, graceful stop: a node told to stop while a package upload is half sent turns
 * readiness to REFUSING_TRAFFIC first, lets the upload finish and answers it, keeps the package in
 * the ledger, and is closed well within the shutdown grace period.
 */
@RequiresPostgres
class GracefulStopIT {
    static final String A = "000.00.00.H99";
    static final String B = "000.00.01.H99";

    @Test
    void givenAnUploadInFlight_whenTheNodeStops_thenReadinessGoesDownFirstAndTheUploadIsAnsweredAndKept() throws Exception {
        AxisNodes nodes = AxisNodes.onFreshSchema("axis_stop", TestDirs.fresh("graceful-stop"));
        ConfigurableApplicationContext node = nodes.start("node1", Map.of());
        int port = AxisNodes.port(node);
        String token = node.getBean(ClientRegistry.class).register("DMS of A", List.of(A)).token();
        List<Object> readiness = new CopyOnWriteArrayList<>();
        node.addApplicationListener(e -> {
            if (e instanceof AvailabilityChangeEvent<?> a && a.getState() instanceof ReadinessState) {
                readiness.add(a.getState());
            }
        });
        String docId = A + ",2026/12/06," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
        byte[] pkg = EdxmlSamples.document(A, docId, "Gửi khi nút đang dừng", B);
        int half = pkg.length / 2;

        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/packages HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/xml\r\nContent-Length: " + pkg.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(pkg, 0, half);
            out.flush();
            Path spool = nodes.data.resolve("spool");
            await().atMost(Duration.ofSeconds(30)).until(() -> spoolFiles(spool) > 0); // intake is reading it

            Thread stopper = new Thread(node::close, "stop-node1");
            long stopAsked = System.nanoTime();
            stopper.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> readiness.contains(ReadinessState.REFUSING_TRAFFIC));
            assertThat(stopper.isAlive()).as("the node waits for the request in flight").isTrue();

            out.write(pkg, half, pkg.length - half);
            out.flush();
            String response = read(s.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 202");
            stopper.join(Duration.ofSeconds(60).toMillis());
            assertThat(stopper.isAlive()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - stopAsked)).isLessThan(Duration.ofSeconds(45));
        }
        assertThat(node.isActive()).isFalse();
        try (Connection c = DriverManager.getConnection(nodes.jdbcUrl, Postgres.USER, Postgres.PASSWORD);
             PreparedStatement q = c.prepareStatement("select count(*) from package p join delivery d"
                     + " on d.axis_id = p.axis_id where p.document_id = ? and d.recipient_code = ?")) {
            q.setString(1, docId);
            q.setString(2, B);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the accepted package and its copy are in the ledger").isEqualTo(1);
            }
        }
    }

    private static long spoolFiles(Path spool) throws Exception {
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }

    private static String read(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
