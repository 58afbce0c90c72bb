package vn.lienthong.axis.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Scenario 6: the VXP facade, measured only when the jar serves {@code /vxp/sendEdoc} (a class of the
 * {@code api/vxp} edge naming {@code sendEdoc}; the outbound {@code federation/vxp} client does not count);
 * otherwise skipped with the reason printed (no figure is invented).
 */
final class VxpScenario implements Scenario {
    static final String ENDPOINT = "/vxp/sendEdoc";
    static final String EDGE = "BOOT-INF/classes/vn/lienthong/axis/api/vxp/";

    @Override
    public String name() {
        return "vxp";
    }

    @Override
    public Map<String, Object> run(BenchContext ctx) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/lienthong-axis.jar"));
        Map<String, Object> m = new LinkedHashMap<>();
        if (!mentions(jar, EDGE, "sendEdoc")) {
            m.put("skipped", true);
            m.put("reason", "no class of the api/vxp edge in " + jar.getFileName() + " serves " + ENDPOINT
                    + " (the VXP facade is not built yet)");
            return m;
        }
        throw new BenchFailure("vxp: the jar maps " + ENDPOINT + " but the harness has no VXP scenario yet; add one");
    }

    /** Whether a class or resource of the jar under {@code prefix} holds the string. */
    static boolean mentions(Path jar, String prefix, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(entry)) {
                    if (indexOf(in.readAllBytes(), needle) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String summary(Map<String, Object> f) {
        return Boolean.TRUE.equals(f.get("skipped")) ? "skipped: " + f.get("reason") : f.toString();
    }
}
