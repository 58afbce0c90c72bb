package vn.lienthong.axis.config;

import java.security.cert.X509Certificate;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.SampleCertificates;

/**
 * Keeps the SAMPLE PKI out of every profile except local and test, at run time: trust anchors and client
 * certificates added through the admin API, and anchors stored by an earlier run ({@link TrustRuntime}).
 */
@Component
public class SamplePkiGate {
    private final boolean samplesAllowed;

    @org.springframework.beans.factory.annotation.Autowired
    public SamplePkiGate(Environment env) {
        this(env.acceptsProfiles(Profiles.of("local", "test")));
    }

    SamplePkiGate(boolean samplesAllowed) {
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
    void refuseSampleAtStartup(X509Certificate cert, String where) {
        if (!samplesAllowed) {
            SampleCertificates.why(cert).ifPresent(why -> {
                throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "refusing to start: " + where + ": " + why
                        + "; SAMPLE certificates are accepted only in the local and test profiles");
            });
        }
    }
}
