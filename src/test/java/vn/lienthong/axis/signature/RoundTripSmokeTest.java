package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripSmokeTest {
    @TempDir Path dir;

    @Test
    void givenRsaSignedPackage_thenVerifies() throws Exception {
        Path in = SamplePackages.write(dir, "in.edxml", SamplePackages.document(1, 3000));
        Path out = dir.resolve("out.edxml");
        TestKeys.rsa(2048).signer(EdxmlSigner.Options.defaults()).sign(in, out);
        java.nio.file.Files.createDirectories(Path.of("/tmp/xs")); java.nio.file.Files.copy(out, Path.of("/tmp/xs/out.edxml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SignatureCheck check = new EdxmlSignatureVerifier().verify(out);
        assertThat(check.signatureMethod()).isEqualTo(SignatureUris.RSA_SHA256);
    }
}
