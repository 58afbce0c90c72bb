package vn.lienthong.axis.wiring;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import vn.lienthong.axis.directory.TrustRuntime;
import vn.lienthong.axis.trust.Bc;
import vn.lienthong.axis.trust.CertificateValidator;
import vn.lienthong.axis.trust.SamplePkiGate;
import vn.lienthong.axis.trust.TrustService;

/** Trust beans from {@code axis.trust.*} (anchors, intermediates, CRL files, revocation, binding); see {@link TrustRuntime}. */
@Configuration(proxyBeanMethods = false)
public class TrustConfiguration {

    /** SAMPLE certificates are accepted only in the local and test profiles. */
    @Bean
    SamplePkiGate samplePkiGate(Environment env) {
        return new SamplePkiGate(env.acceptsProfiles(Profiles.of("local", "test")));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The validator on the anchors known at startup (see {@link TrustRuntime} for the live one). */
    @Bean
    CertificateValidator certificateValidator(TrustRuntime runtime) {
        Bc.warmUp();
        return runtime.current().validator();
    }

    @Bean
    TrustService trustService(TrustRuntime runtime) {
        return runtime.current().trust();
    }
}
