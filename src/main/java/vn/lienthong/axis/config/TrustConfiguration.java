package vn.lienthong.axis.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.trust.CertificateValidator;
import vn.lienthong.axis.trust.SignerBinding;
import vn.lienthong.axis.trust.SignerRegistry;
import vn.lienthong.axis.trust.SubjectAgencyRule;
import vn.lienthong.axis.trust.TrustService;
import vn.lienthong.axis.trust.TrustSetup;

/** Builds the trust service from {@code axis.trust.*}: anchors, intermediates, CRL files, revocation, binding. */
@Configuration(proxyBeanMethods = false)
public class TrustConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CertificateValidator certificateValidator(AxisProperties props, Clock clock) {
        AxisProperties.Trust t = props.trust();
        char[] password = t.keyStorePassword().isEmpty() ? null : t.keyStorePassword().toCharArray();
        return new TrustSetup(paths(t.anchors()), paths(t.softFailAnchors()), password, paths(t.intermediates()),
                paths(t.crlFiles()), t.revocation(), vn.lienthong.axis.trust.RevocationSettings.defaults())
                .validator(clock);
    }

    @Bean
    TrustService trustService(CertificateValidator validator, SignerRegistry registry, AxisProperties props) {
        return new TrustService(validator, new SignerBinding(registry, subjectRule(props.trust().subjectAgencyRule())));
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

    private static List<Path> paths(List<String> names) {
        return names.stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
