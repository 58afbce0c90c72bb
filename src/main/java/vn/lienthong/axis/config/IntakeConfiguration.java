package vn.lienthong.axis.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.IntakeInspector;
import vn.lienthong.axis.intake.RefusingInspector;
import vn.lienthong.axis.intake.Spool;
import vn.lienthong.axis.intake.UnverifiedHeaderInspector;

/**
 * Intake wiring: the spool and the inspector chosen by {@code axis.intake.inspector}.
 * The verifying inspector (edXML reader + XML-DSig + PKIX) plugs in here.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    Spool spool(AxisProperties props) {
        return new Spool(props.dataDir().resolve("spool"), props.limits().maxPackageBytes());
    }

    @Bean
    IntakeInspector intakeInspector(AxisProperties props) {
        return switch (props.intake().inspector()) {
            case "none" -> new RefusingInspector();
            case "unverified-header" -> new UnverifiedHeaderInspector();
            default -> throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "axis.intake.inspector must be none or unverified-header, not " + props.intake().inspector(),
                    "axis.intake.inspector");
        };
    }
}
