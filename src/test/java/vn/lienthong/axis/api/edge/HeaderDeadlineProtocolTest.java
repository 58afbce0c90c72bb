package vn.lienthong.axis.api.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.support.RawHttp;

/** A bare embedded Tomcat on the protocol, a header timeout of 1 s, a servlet that answers "ok". */
class HeaderDeadlineProtocolTest {
    final AtomicInteger cutOff = new AtomicInteger();
    Tomcat tomcat;
    int port;

    @BeforeEach
    void start() throws Exception {
        File base = Files.createTempDirectory("header-deadline").toFile();
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.getPath());
        Connector connector = new Connector(HeaderDeadlineProtocol.class.getName());
        connector.setPort(0);
        HeaderDeadlineProtocol protocol = (HeaderDeadlineProtocol) connector.getProtocolHandler();
        protocol.setHeaderTimeoutMillis(1000);
        protocol.setOnLateHeaders(cutOff::incrementAndGet);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.getPath());
        Tomcat.addServlet(context, "ok", new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                res.getWriter().write("ok");
            }
        });
        context.addServletMappingDecoded("/*", "ok");
        tomcat.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void givenHeadersTrickledByteByByte_thenClosedAfterTheHeaderTimeout_whileAKeptAliveClientIsNot() {
        byte[] headers = ("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(4000)).getBytes(StandardCharsets.US_ASCII);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (RawHttp slow = new RawHttp(port); RawHttp idle = new RawHttp(port)) {
            idle.head("GET / HTTP/1.1\nHost: x");
            assertThat(idle.answer(2000)).startsWith("HTTP/1.1 200").endsWith("ok");
            AtomicInteger sent = new AtomicInteger();
            trickle.scheduleAtFixedRate(() -> slow.send(new byte[] {headers[sent.getAndIncrement()]}),
                    0, 50, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            assertThat(slow.closedWithin(10_000)).as("closed by the header deadline").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3500));
            assertThat(cutOff).hasValue(1);
            // the kept-alive connection sent a whole request long ago and is idle: not a late header
            idle.head("GET / HTTP/1.1\nHost: x");
            assertThat(idle.answer(2000)).startsWith("HTTP/1.1 200");
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void givenAQuickRequest_thenServedAndNothingCutOff() {
        try (RawHttp http = new RawHttp(port)) {
            http.head("GET / HTTP/1.1\nHost: x");
            assertThat(http.answer(2000)).startsWith("HTTP/1.1 200");
        }
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> cutOff.get() == 0);
    }
}
