package vn.lienthong.axis.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.chain.CheckpointDocument;

/** The axis signs its evidence under the package signature profile; its verifier and xmlsec1 agree. */
class EvidenceSignerTest {
    static final Path AXIS_KEY = Path.of("certs-sample/sample-axis-signing.p12");
    @TempDir Path dir;

    EvidenceSigner axis() {
        return EvidenceSigner.fromPkcs12(AXIS_KEY, "sample-password".toCharArray(), "", dir.resolve("scratch"));
    }

    String checkpoint() {
        return CheckpointDocument.unsigned("2026-12-06T05:00:00Z", "axis-1 <&\"node\">",
                List.of(new CheckpointDocument.Head(0, 12, "ab".repeat(32)), new CheckpointDocument.Head(1, 0,
                        "0".repeat(64))));
    }

    @Test
    void givenACheckpointSignedByTheAxis_thenTheAxisVerifierAndXmlsec1AcceptIt() throws Exception {
        EvidenceSigner axis = axis();
        String signed = axis.sign(checkpoint());

        var check = EvidenceSigner.verify(signed, axis.certificate(), dir);
        assertThat(check.signer()).isEqualTo(axis.certificate());
        assertThat(CheckpointDocument.parse(signed).heads()).extracting(CheckpointDocument.Head::seq).containsExactly(12L, 0L);
        assertThat(CheckpointDocument.parse(signed).node()).isEqualTo("axis-1 <&\"node\">");
        XmlSec1Cli.require();
        var result = XmlSec1Cli.verify(Files.writeString(dir.resolve("checkpoint.xml"), signed));
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK");
    }

    @Test
    void givenOneChangedHeadHash_thenTheAxisVerifierAndXmlsec1RefuseIt() throws Exception {
        EvidenceSigner axis = axis();
        String tampered = axis.sign(checkpoint()).replace("ab".repeat(32), "ac".repeat(32));

        assertThatThrownBy(() -> EvidenceSigner.verify(tampered, axis.certificate(), dir))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.SIGNATURE_INVALID));
        XmlSec1Cli.require();
        assertThat(XmlSec1Cli.verify(Files.writeString(dir.resolve("tampered.xml"), tampered)).exit()).isNotZero();
    }

    @Test
    void givenADocumentSignedByAnAgencyKey_thenItIsNotAcceptedAsTheAxis() {
        EvidenceSigner agency = EvidenceSigner.fromPkcs12(Path.of("certs-sample/sample-agency-000.00.00.h99-rsa-signing.p12"),
                "sample-password".toCharArray(), "", dir);
        String signed = agency.sign(checkpoint());

        assertThatThrownBy(() -> EvidenceSigner.verify(signed, axis().certificate(), dir))
                .isInstanceOfSatisfying(AxisException.class, e -> assertThat(e.code()).isEqualTo(AxisErrorCode.UNTRUSTED_SIGNER));
    }

    @Test
    void givenAnUnknownAlias_thenTheKeyIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> EvidenceSigner.fromPkcs12(AXIS_KEY, "sample-password".toCharArray(), "no-such-alias", dir))
                .isInstanceOfSatisfying(AxisException.class, e -> {
                    assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID);
                    assertThat(e.field()).isEqualTo("axis.signing.key-alias");
                });
    }

    /** A simple bench figure (printed; docs/evidence.md quotes it): signing cost of one receipt-sized document. */
    static double rawSignatureMillis() {
        try (var in = Files.newInputStream(AXIS_KEY)) {
            var ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(in, "sample-password".toCharArray());
            String alias = ks.aliases().nextElement();
            var key = (java.security.PrivateKey) ks.getKey(alias, "sample-password".toCharArray());
            byte[] data = new byte[600];
            var sig = java.security.Signature.getInstance("SHA256withRSA");
            for (int i = 0; i < 300; i++) {
                sig.initSign(key);
                sig.update(data);
                sig.sign();
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                sig.initSign(key);
                sig.update(data);
                sig.sign();
            }
            return (System.nanoTime() - t0) / 1e6 / 1000;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signingCostPerReceipt() {
        EvidenceSigner axis = axis();
        String doc = checkpoint();
        for (int i = 0; i < 300; i++) {
            axis.sign(doc);
        }
        int n = 1000;
        long t0 = System.nanoTime();
        String last = null;
        for (int i = 0; i < n; i++) {
            last = axis.sign(doc);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        double raw = rawSignatureMillis();
        System.out.printf("evidence signing (%s): %.3f ms per document (of which the bare %s signature %.3f ms),"
                + " %.0f per second on one thread%n", axis.certificate().getPublicKey().getAlgorithm(), ms,
                "SHA256withRSA", raw, 1000 / ms);
        assertThat(EvidenceSigner.verify(last, axis.certificate(), dir).signer()).isEqualTo(axis.certificate());
    }
}
