package vn.lienthong.axis.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Reads and writes certificates and CRLs in PEM (or DER) form. */
public final class Pem {
    private Pem() {}

    /** All certificates of a PEM (or DER) file, in file order. */
    public static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : factory().generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            return certs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (CertificateException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "Not a certificate file: " + file + ": " + e.getMessage(), null, e);
        }
    }

    /** The single certificate of a PEM file. */
    public static X509Certificate readCertificate(Path file) {
        List<X509Certificate> certs = readCertificates(file);
        if (certs.size() != 1) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "Expected one certificate in " + file + ", found " + certs.size());
        }
        return certs.get(0);
    }

    /** A CRL in PEM or DER form. */
    public static X509CRL readCrl(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) factory().generateCRL(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (CRLException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "Not a CRL file: " + file + ": " + e.getMessage(), null, e);
        }
    }

    /** A CRL from DER or PEM bytes. */
    public static X509CRL parseCrl(byte[] bytes) throws CRLException {
        return (X509CRL) factory().generateCRL(new java.io.ByteArrayInputStream(bytes));
    }

    /** PEM text of certificates, CRLs or keys. */
    public static String toPem(Object... objects) {
        StringWriter s = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(s)) {
            for (Object o : objects) {
                w.writeObject(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    static CertificateFactory factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "X.509 is not available", null, e);
        }
    }
}
