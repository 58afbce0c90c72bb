package vn.lienthong.axis.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Loads certificates from configured locations: a PEM/DER file, a folder of them, or a PKCS#12 file. */
public final class CertificateFiles {
    private CertificateFiles() {}

    /**
     * Every certificate at {@code location}. A folder contributes its {@code *.pem}, {@code *.crt} and
     * {@code *.cer} files (sorted by name, not recursive); a {@code *.p12}/{@code *.pfx} file contributes
     * the certificates of all its entries (needs {@code password}).
     */
    public static List<X509Certificate> load(Path location, char[] password) {
        if (Files.isDirectory(location)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Path file : certificateFilesIn(location)) {
                certs.addAll(Pem.readCertificates(file));
            }
            return certs;
        }
        if (!Files.isRegularFile(location)) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "No such certificate file or folder: " + location);
        }
        String name = location.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            return fromPkcs12(location, password);
        }
        return Pem.readCertificates(location);
    }

    /** The certificates (trusted entries and key-entry chains' first certificates) of a PKCS#12 file. */
    public static List<X509Certificate> fromPkcs12(Path file, char[] password) {
        if (password == null) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "A password is needed for " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            List<X509Certificate> certs = new ArrayList<>();
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.getCertificate(alias) instanceof X509Certificate c) {
                    certs.add(c);
                }
            }
            return certs;
        } catch (IOException | GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "Cannot read PKCS#12 file " + file + ": " + e.getMessage(), null, e);
        }
    }

    private static List<Path> certificateFilesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
