package vn.lienthong.axis.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.CertificateFiles;
import vn.lienthong.axis.trust.SampleCertificates;

/**
 * Outside the local/test profiles: reads every certificate file the configuration names (trust anchors,
 * intermediates, the signing key, the TLS bundles) and refuses a SAMPLE certificate by its content
 * ({@link SampleCertificates}), whatever the file is called.
 */
final class SampleMaterialCheck {
    /** {@code spring.ssl.bundle.jks.<name>.keystore.location} and the truststore alike. */
    private static final Pattern JKS_BUNDLE = Pattern.compile("spring\\.ssl\\.bundle\\.jks\\.([^.]+)\\.(keystore|truststore)\\.location");
    /** {@code spring.ssl.bundle.pem.<name>.keystore.certificate} and the truststore alike. */
    private static final Pattern PEM_BUNDLE = Pattern.compile("spring\\.ssl\\.bundle\\.pem\\.([^.]+)\\.(keystore|truststore)\\.certificate");

    private SampleMaterialCheck() {}

    static List<String> problems(ConfigurableEnvironment env, AxisProperties axis) {
        List<String> p = new ArrayList<>();
        AxisProperties.Trust trust = axis.trust();
        Map<String, String> files = new LinkedHashMap<>();
        for (List<String> list : List.of(trust.anchors(), trust.softFailAnchors(), trust.intermediates())) {
            list.forEach(f -> files.put(f, trust.keyStorePassword()));
        }
        files.put(axis.signing().keyStore(), axis.signing().keyStorePassword());
        files.put(env.getProperty("server.ssl.key-store", ""), env.getProperty("server.ssl.key-store-password", ""));
        files.put(env.getProperty("server.ssl.trust-store", ""), env.getProperty("server.ssl.trust-store-password", ""));
        files.putAll(bundleFiles(env));
        files.forEach((location, password) -> check(location, password, p));
        return p;
    }

    private static void check(String location, String password, List<String> problems) {
        Path path = path(location);
        if (path == null || !Files.exists(path)) {
            return;
        }
        List<X509Certificate> certs;
        try {
            certs = CertificateFiles.load(path, password.isEmpty() ? null : password.toCharArray());
        } catch (AxisException | java.io.UncheckedIOException e) {
            return; // unreadable here: the component that needs it refuses to start with its own message
        }
        for (X509Certificate c : certs) {
            SampleCertificates.why(c).ifPresent(why -> problems.add(location + ": " + why
                    + "; SAMPLE certificates are only allowed in the local/test profiles"));
        }
    }

    private static Map<String, String> bundleFiles(ConfigurableEnvironment env) {
        Map<String, String> files = new LinkedHashMap<>();
        for (var source : env.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> e)) {
                continue;
            }
            for (String key : e.getPropertyNames()) {
                Matcher jks = JKS_BUNDLE.matcher(key);
                Matcher pem = PEM_BUNDLE.matcher(key);
                if (jks.matches()) {
                    String base = "spring.ssl.bundle.jks." + jks.group(1) + "." + jks.group(2);
                    files.put(env.getProperty(key, ""), env.getProperty(base + ".password", ""));
                } else if (pem.matches()) {
                    files.put(env.getProperty(key, ""), "");
                }
            }
        }
        return files;
    }

    /** A file path from a plain path or a {@code file:} location; null for other resources or PEM text. */
    private static Path path(String location) {
        if (location == null || location.isBlank() || location.contains("-----BEGIN")) {
            return null;
        }
        String l = location.trim();
        if (l.startsWith("file:")) {
            l = l.substring(5);
        } else if (l.contains(":") && !l.matches("^[A-Za-z]:[\\\\/].*")) {
            return null;
        }
        return Path.of(l);
    }
}
