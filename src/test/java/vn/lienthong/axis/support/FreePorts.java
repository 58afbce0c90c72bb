package vn.lienthong.axis.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers that a test starts later, possibly more than once (a cluster's nodes and brokers, a
 * restarted axis). A port from {@code new ServerSocket(0)} lies in the kernel's ephemeral range, where any
 * outgoing connection made before the server binds (a JDBC pool, a broker client) may take it as its local
 * port, and the server then fails with "address already in use". These ports come from below that range, are
 * free when handed out, and are never handed out twice by this JVM.
 */
public final class FreePorts {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int next() {
        int below = ephemeralRangeStart();
        if (below - LOWEST < 1_000) {
            return anyEphemeral();
        }
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + below);
    }

    /** The first port of the kernel's ephemeral range ({@code ip_local_port_range}); {@value #LOWEST} off Linux. */
    static int ephemeralRangeStart() {
        try {
            // a stream read to its end: Files.readString trusts the size that /proc reports and reads one byte
            try (InputStream in = Files.newInputStream(EPHEMERAL_RANGE)) {
                return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            return LOWEST;   // not Linux: fall back to the kernel's choice
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyEphemeral() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
