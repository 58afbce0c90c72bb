package vn.lienthong.axis.config;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.edxml.PackageValidator;
import vn.lienthong.axis.edxml.ReaderLimits;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.IntakeInspector;
import vn.lienthong.axis.intake.RefusingInspector;
import vn.lienthong.axis.intake.Spool;
import vn.lienthong.axis.intake.UnverifiedHeaderInspector;
import vn.lienthong.axis.intake.VerifyingInspector;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.trust.TrustService;

/**
 * Intake wiring: the spool and the inspector chosen by {@code axis.intake.inspector}.
 * {@code verified} (the default) is the edXML reader + field rules + XML-DSig + PKIX trust.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    Spool spool(AxisProperties props) {
        return new Spool(props.dataDir().resolve("spool"), props.limits().maxPackageBytes());
    }

    @Bean
    IntakeInspector intakeInspector(AxisProperties props, ObjectProvider<TrustService> trust, AgencyRepository agencies,
                                    Clock clock) {
        return switch (props.intake().inspector()) {
            case "verified" -> new VerifyingInspector(new EdxmlReader(readerLimits(props.limits())),
                    new PackageValidator(clock), new EdxmlSignatureVerifier(false, clock), trust.getObject(), agencies);
            case "none" -> new RefusingInspector();
            case "unverified-header" -> new UnverifiedHeaderInspector();
            default -> throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "axis.intake.inspector must be verified, none or unverified-header, not "
                            + props.intake().inspector(), "axis.intake.inspector");
        };
    }

    static ReaderLimits readerLimits(AxisProperties.Limits l) {
        ReaderLimits d = ReaderLimits.defaults();
        return new ReaderLimits(l.maxDepth(), l.maxChildren(), l.maxElements(), l.maxAttributesPerElement(),
                l.maxAttributeBytes(), d.maxHeaderTextChars(), l.maxAttachments(), l.maxAttachmentBytes(),
                l.maxPackageBytes());
    }
}
