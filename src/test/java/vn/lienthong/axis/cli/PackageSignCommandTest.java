package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package sign} and {@code package verify} through {@link AxisCli#run}. */
class PackageSignCommandTest {
    private static final String UNSIGNED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
              <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                <edXML:edXMLHeader>
                  <edXML:MessageHeader><edXML:From><edXML:OrganId>000.00.00.H99</edXML:OrganId></edXML:From></edXML:MessageHeader>
                </edXML:edXMLHeader>
                <edXML:edXMLBody><edXML:edXMLManifest version="1.0"/></edXML:edXMLBody>
              </edXML:edXMLEnvelope>
            </edXML>
            """;

    @TempDir Path dir;
    private Path p12;
    private Path in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void samples() throws Exception {
        in = Files.writeString(dir.resolve("unsigned.edxml"), UNSIGNED);
        p12 = samplePkcs12(dir.resolve("sample-agency-h99-signing.p12"));
    }

    @Test
    void givenKeyAndPackage_whenSignThenVerify_thenExitZeroAndValidJson() {
        Path signed = dir.resolve("signed.edxml");
        assertThat(run("package", "sign", "--key", p12.toString(), "--password", "changeit", "--out", signed.toString(),
                in.toString())).isZero();
        assertThat(run("package", "verify", signed.toString())).isZero();
        assertThat(out.toString()).contains("\"valid\" : true").contains("Sample Agency H99");
    }

    @Test
    void givenAlreadySignedPackage_whenSign_thenExitOne() {
        Path signed = dir.resolve("signed.edxml");
        run("package", "sign", "--key", p12.toString(), "--password", "changeit", "--out", signed.toString(), in.toString());
        assertThat(run("package", "sign", "--key", p12.toString(), "--password", "changeit", "--out",
                dir.resolve("twice.edxml").toString(), signed.toString())).isEqualTo(AxisCli.INVALID);
        assertThat(err.toString()).contains("already signed");
    }

    @Test
    void givenMissingOption_whenSign_thenExitTwo() {
        assertThat(run("package", "sign", "--key", p12.toString(), in.toString())).isEqualTo(AxisCli.USAGE);
    }

    @Test
    void givenUnsignedPackage_whenVerify_thenExitOneWithCode() {
        assertThat(run("package", "verify", in.toString())).isEqualTo(AxisCli.INVALID);
        assertThat(out.toString()).contains("\"valid\" : false").contains("\"code\" : \"SIGNATURE_MISSING\"");
    }

    private int run(String... args) {
        return AxisCli.run(new ArrayList<>(List.of(args)), new PrintStream(out, true), new PrintStream(err, true));
    }

    private static Path samplePkcs12(Path file) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name("CN=Sample Agency H99 signing,O=Sample,C=VN");
        long now = System.currentTimeMillis();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, new Date(now - 60_000), new Date(now + 86_400_000L), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signing", pair.getPrivate(), "changeit".toCharArray(), new X509Certificate[] {cert});
        try (var o = Files.newOutputStream(file)) {
            ks.store(o, "changeit".toCharArray());
        }
        return file;
    }
}
