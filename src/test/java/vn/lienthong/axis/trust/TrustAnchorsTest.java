package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Trust anchors from PEM files, folders of PEMs and PKCS#12 files. */
class TrustAnchorsTest {
    @TempDir Path dir;

    @Test
    void givenPemFile_thenItsCertificateIsAnAnchor() throws Exception {
        Path pem = Files.writeString(dir.resolve("root.pem"), Pem.toPem(TestPki.ROOT.certificate()));

        TrustAnchors anchors = TrustAnchors.load(List.of(pem), null, RevocationPolicy.HARD_FAIL);

        assertThat(anchors.certificates()).containsExactly(TestPki.ROOT.certificate());
        assertThat(anchors.anchors().get(0).revocationPolicy()).isEqualTo(RevocationPolicy.HARD_FAIL);
    }

    @Test
    void givenFolderOfPems_thenEveryPemIsLoadedAndOtherFilesIgnored() throws Exception {
        Files.writeString(dir.resolve("a.pem"), Pem.toPem(TestPki.ROOT.certificate()));
        Files.writeString(dir.resolve("b.crt"), Pem.toPem(TestPki.INTERMEDIATE.certificate()));
        Files.writeString(dir.resolve("notes.txt"), "not a certificate");

        TrustAnchors anchors = TrustAnchors.load(List.of(dir), null, RevocationPolicy.SOFT_FAIL);

        assertThat(anchors.certificates()).containsExactly(TestPki.ROOT.certificate(), TestPki.INTERMEDIATE.certificate());
    }

    @Test
    void givenPkcs12WithPassword_thenItsCertificatesAreAnchors() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("root", TestPki.ROOT.certificate());
        Path p12 = dir.resolve("anchors.p12");
        try (var out = Files.newOutputStream(p12)) {
            ks.store(out, "pw".toCharArray());
        }

        TrustAnchors anchors = TrustAnchors.load(List.of(p12), "pw".toCharArray(), RevocationPolicy.HARD_FAIL);

        assertThat(anchors.certificates()).containsExactly(TestPki.ROOT.certificate());
    }

    @Test
    void givenMissingFile_thenConfigurationInvalid() {
        assertThatThrownBy(() -> TrustAnchors.load(List.of(dir.resolve("nope.pem")), null, RevocationPolicy.HARD_FAIL))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID));
    }

    @Test
    void givenNoAnchors_thenTheValidatorRefusesToStart() {
        assertThatThrownBy(() -> new CertificateValidator(new TrustAnchors(List.of()), CertificateStore.EMPTY,
                RevocationChecker.off(), java.time.Clock.systemUTC()))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID));
    }
}
