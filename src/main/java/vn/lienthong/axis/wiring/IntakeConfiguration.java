package vn.lienthong.axis.wiring;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.directory.DirectoryIndex;
import vn.lienthong.axis.directory.TrustRuntime;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.edxml.PackageValidator;
import vn.lienthong.axis.edxml.ReaderLimits;
import vn.lienthong.axis.intake.IntakeInspector;
import vn.lienthong.axis.intake.Spool;
import vn.lienthong.axis.intake.VerifyingInspector;
import vn.lienthong.axis.signature.pdf.AttachmentSignaturePolicy;

/** Intake wiring: the spool and the verifying inspector (reader, field rules, package verifier). */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    Spool spool(AxisProperties props) {
        return new Spool(props.dataDir().resolve("spool"), props.limits().maxPackageBytes(),
                props.limits().minFreeBytes());
    }

    @Bean
    IntakeInspector intakeInspector(AxisProperties props, TrustRuntime trust, DirectoryIndex directory, Clock clock) {
        return new VerifyingInspector(new EdxmlReader(readerLimits(props.limits())), new PackageValidator(clock),
                () -> trust.current().verifier(), directory,
                AttachmentSignaturePolicy.fromWire(props.signature().attachmentPolicy()));
    }

    static ReaderLimits readerLimits(AxisProperties.Limits l) {
        ReaderLimits d = ReaderLimits.defaults();
        return new ReaderLimits(l.maxDepth(), l.maxChildren(), l.maxElements(), l.maxAttributesPerElement(),
                l.maxAttributeBytes(), d.maxHeaderTextChars(), l.maxAttachments(), l.maxAttachmentBytes(),
                l.maxPackageBytes(), l.maxDecodedBytes(), l.maxZipRatio());
    }
}
