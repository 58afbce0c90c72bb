package vn.lienthong.axis.bench;

import java.util.List;

/**
 * Where scenarios get their axis. A full run starts one axis per scenario ({@code data-<scenario>}); the
 * quick (CI) mode shares one axis ({@code data-quick}) between the scenarios that need no special JVM
 * flags, because a start costs 15–80 s on a busy 2-core machine.
 */
final class Servers {
    private static AxisServer shared;

    private Servers() {}

    /** An axis for the scenario; {@link #release} it when done. */
    static synchronized AxisServer lease(BenchContext ctx, String scenario, List<String> jvmArgs) throws Exception {
        if (!ctx.quick() || !jvmArgs.isEmpty()) {
            return AxisServer.start(ctx, scenario, jvmArgs, List.of());
        }
        if (shared == null) {
            shared = AxisServer.start(ctx, "quick", List.of(), List.of());
        }
        return shared;
    }

    /** Stops the axis unless it is the shared one (which {@link #stop} stops). */
    static synchronized void release(AxisServer server) throws InterruptedException {
        if (server != shared) {
            server.close();
        }
    }

    /** Stops the axis even if shared (a scenario that reads the stopped axis's database). */
    static synchronized void stop(AxisServer server) throws InterruptedException {
        server.close();
        if (server == shared) {
            shared = null;
        }
    }

    /** Stops the shared axis, if any (end of run). */
    static synchronized void stopShared() throws InterruptedException {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
