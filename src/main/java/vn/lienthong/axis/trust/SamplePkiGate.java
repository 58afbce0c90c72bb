package vn.lienthong.axis.trust;

import java.security.cert.X509Certificate;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Keeps the SAMPLE PKI out of every profile except local and test, at run time: trust anchors and client
 * certificates added through the admin API, and anchors stored by an earlier run ({@code directory.TrustRuntime}).
 * Plain Java: {@code wiring.TrustConfiguration} builds it from the active profiles.
 */
public class SamplePkiGate {
    private final boolean samplesAllowed;

    /** {@code samplesAllowed}: true only in the local and test profiles. */
    public SamplePkiGate(boolean samplesAllowed) {
        this.samplesAllowed = samplesAllowed;
    }

    public boolean samplesAllowed() {
        return samplesAllowed;
    }

    /** Refuses a SAMPLE certificate (BAD_REQUEST naming {@code field}) unless the profile is local or test. */
    public void refuseSample(X509Certificate cert, String field) {
        if (!samplesAllowed) {
            SampleCertificates.why(cert).ifPresent(why -> {
                throw new AxisException(AxisErrorCode.BAD_REQUEST,
                        why + "; SAMPLE certificates are accepted only in the local and test profiles", field);
            });
        }
    }

    /** The same at start-up: CONFIGURATION_INVALID. */
    public void refuseSampleAtStartup(X509Certificate cert, String where) {
        if (!samplesAllowed) {
            SampleCertificates.why(cert).ifPresent(why -> {
                throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "refusing to start: " + where + ": " + why
                        + "; SAMPLE certificates are accepted only in the local and test profiles");
            });
        }
    }
}
