package vn.lienthong.axis.signature;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.assertj.core.api.AbstractThrowableAssert;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** Assertion helpers shared by the signature tests. */
final class VerifierSupport {
    private VerifierSupport() {}

    static SignatureCheck verify(Path dir, String xml) throws Exception {
        return new EdxmlSignatureVerifier().verify(SamplePackages.write(dir, "p-" + System.nanoTime() + ".edxml", xml));
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path dir, String xml, AxisErrorCode code)
            throws Exception {
        return assertRefused(new EdxmlSignatureVerifier(false, Clock.systemUTC()), dir, xml, code);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(EdxmlSignatureVerifier verifier, Path dir,
            String xml, AxisErrorCode code) throws Exception {
        Path file = SamplePackages.write(dir, "p-" + System.nanoTime() + ".edxml", xml);
        return assertThatThrownBy(() -> verifier.verify(file))
                .isInstanceOf(AxisException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((AxisException) e).code())
                        .as(e.getMessage()).isEqualTo(code));
    }
}
