package vn.lienthong.axis.api.soap;

import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.error.AxisException;

/**
 * A refused SOAP request (the catalogue's refusals, parser refusals) is logged as one line; CXF's
 * default would log a WARN with the whole stack for each. Unexpected failures keep CXF's logging.
 */
public final class OneLineFaultLog implements FaultListener {
    private static final Logger log = LoggerFactory.getLogger(OneLineFaultLog.class);

    @Override
    public boolean faultOccurred(Exception exception, String description, Message message) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AxisException || t instanceof AxisFault_Exception) {
                log.info("Refused a SOAP request: {}", t.getMessage());
                return false;
            }
        }
        AxisException parser = ParserRefusals.classify(exception);
        if (parser != null) {
            log.info("Refused a SOAP request: {}", parser.getMessage());
            return false;
        }
        return true;
    }
}
