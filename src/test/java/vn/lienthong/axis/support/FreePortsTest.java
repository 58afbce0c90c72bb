package vn.lienthong.axis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class FreePortsTest {
    @Test
    @EnabledOnOs(OS.LINUX)
    void portsLieBelowTheKernelsEphemeralRange_areDistinctAndCanBeBound() throws Exception {
        int ephemeralStart = FreePorts.ephemeralRangeStart();
        assertThat(ephemeralStart).as("read from /proc, not the fallback").isGreaterThan(10_000);
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(10_000, ephemeralStart - 1);
            assertThat(ports.add(port)).as("handed out once").isTrue();
            try (ServerSocket s = new ServerSocket(port)) {
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
