package vn.lienthong.axis.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.lienthong.axis.signature.pdf.SamplePki;

/** Loads a SAMPLE PKCS#12 as a PDF-signing credential (key, certificate, chain). */
public final class SampleCredentials {
    private SampleCredentials() {}

    public static SamplePki.Credential load(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, SampleKeys.PASSWORD.toCharArray());
        }
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                List<X509Certificate> chain = Arrays.stream(ks.getCertificateChain(alias))
                        .map(c -> (X509Certificate) c).toList();
                PrivateKey key = (PrivateKey) ks.getKey(alias, SampleKeys.PASSWORD.toCharArray());
                String alg = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
                return new SamplePki.Credential(key, chain.get(0), chain, alg);
            }
        }
        throw new IllegalStateException(p12 + " holds no key");
    }
}
