package vn.lienthong.axis.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.camel.Exchange;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.intake.SpooledPackage;

/**
 * The example province step of docs/routes.md: refuses a package whose bytes carry the EICAR test
 * string (a stand-in for a real virus scanner) with the catalogue's VALIDATION_FAILED.
 */
public class AttachmentScanStep {
    /** The anti-virus test string (harmless by design). */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public void scan(Exchange exchange) throws IOException {
        SpooledPackage spooled = exchange.getProperty(AxisHeaders.SPOOLED, SpooledPackage.class);
        if (Files.readString(spooled.file(), StandardCharsets.ISO_8859_1).contains(EICAR)) {
            throw new AxisException(AxisErrorCode.VALIDATION_FAILED, "an attachment failed the virus scan",
                    "AttachmentEncoded");
        }
    }
}
