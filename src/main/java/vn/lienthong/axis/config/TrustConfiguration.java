package vn.lienthong.axis.config;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.Bc;
import vn.lienthong.axis.trust.CertificateValidator;
import vn.lienthong.axis.trust.SubjectAgencyRule;
import vn.lienthong.axis.trust.TrustService;

/** Trust beans from {@code axis.trust.*} (anchors, intermediates, CRL files, revocation, binding); see {@link TrustRuntime}. */
@Configuration(proxyBeanMethods = false)
public class TrustConfiguration {

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

    static Optional<SubjectAgencyRule> subjectRule(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "", "none" -> Optional.empty();
            case "o-ou-serial" -> Optional.of(SubjectAgencyRule.O_OU_SERIAL);
            default -> throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "axis.trust.subject-agency-rule must be none or o-ou-serial, not " + name,
                    "axis.trust.subject-agency-rule");
        };
    }

}
