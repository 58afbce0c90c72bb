package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class EdxmlSignerTest {
    @TempDir Path dir;

    @Test
    void givenUnsignedPackage_whenSigned_thenOnlyTheSignatureIsInsertedBeforeTheHeaderEndTag() throws Exception {
        String unsigned = SamplePackages.document(1, 500);
        String signed = SignedFixtures.signed(dir, 0);
        String fresh = SignedFixtures.sign(dir, unsigned, TestKeys.rsa(2048), EdxmlSigner.Options.defaults());
        String sig = SignedFixtures.signatureElement(fresh);
        assertThat(fresh.replace(sig, "")).isEqualTo(unsigned);
        assertThat(fresh).contains(sig + "</edXML:edXMLHeader>");
        assertThat(sig).startsWith("<Signature xmlns=\"" + SignatureUris.DSIG_NS + "\"><SignedInfo>");
        assertThat(signed).isNotEqualTo(fresh);
    }

    @Test
    void givenSignedPackage_whenSignedAgain_thenRefused() throws Exception {
        Path signed = SamplePackages.write(dir, "signed.edxml", SignedFixtures.signed(dir, 1));
        assertThatThrownBy(() -> TestKeys.rsa(2048).signer(EdxmlSigner.Options.defaults())
                .sign(signed, dir.resolve("twice.edxml")))
                .isInstanceOf(AxisException.class).hasMessageContaining("already signed")
                .extracting(e -> ((AxisException) e).code()).isEqualTo(AxisErrorCode.SIGNATURE_PROFILE);
        assertThat(dir.resolve("twice.edxml")).doesNotExist();
    }

    @Test
    void givenCommentInHeader_whenSigned_thenRefusedBecauseItWouldBeUnsigned() throws Exception {
        String withComment = SamplePackages.document(0, 0).replace("<edXML:Subject>", "<!-- x --><edXML:Subject>");
        Path in = SamplePackages.write(dir, "comment.edxml", withComment);
        assertThatThrownBy(() -> TestKeys.rsa(2048).signer(EdxmlSigner.Options.defaults()).sign(in, dir.resolve("o")))
                .isInstanceOf(AxisException.class).hasMessageContaining("comment");
    }

    @Test
    void givenOutputIsTheInput_whenSigned_thenReplacedInPlace() throws Exception {
        Path file = SamplePackages.write(dir, "in-place.edxml", SamplePackages.document(1, 100));
        TestKeys.ec("secp256r1").signer(EdxmlSigner.Options.defaults()).sign(file, file);
        assertThat(new EdxmlSignatureVerifier().verify(file).signatureMethod()).isEqualTo(SignatureUris.ECDSA_SHA256);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(".signing-"))).isEmpty();
        }
    }

    @Test
    void givenPkcs12_whenLoaded_thenSignsWithItsKeyAndChain() throws Exception {
        Path p12 = TestKeys.rsa(2048).writePkcs12(dir.resolve("sample-agency-h99-signing.p12"), "changeit");
        Path in = SamplePackages.write(dir, "p.edxml", SamplePackages.document(0, 0));
        EdxmlSigner.fromPkcs12(p12, "changeit".toCharArray()).sign(in, dir.resolve("p-signed.edxml"));
        assertThat(new EdxmlSignatureVerifier().verify(dir.resolve("p-signed.edxml")).signer())
                .isEqualTo(TestKeys.rsa(2048).cert);
    }
}
