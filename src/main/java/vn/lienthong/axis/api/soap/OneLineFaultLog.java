package vn.lienthong.axis.api.soap;

import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.error.AxisException;

/**
 * A refused SOAP request (the catalogue's refusals, parser refusals) is logged as one line; CXF's
 * default would log a WARN with the whole stack for each; so is whatever CXF refuses before the request is
 * authenticated (SOAP 1.2, a body that is no envelope, a broken MIME boundary): an anonymous caller must not
 * be able to write stack traces into the log. Unexpected failures of authenticated requests keep CXF's logging.
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
        if (message != null && message.getExchange() != null && message.getExchange().get(ActingClient.class) == null) {
            // CXF refused it before AxisAuth was checked (a request that is not SOAP 1.1 as this endpoint speaks it)
            log.info("Refused a SOAP request before authentication: {}", firstLine(exception));
            return false;
        }
        return true;
    }

    private static String firstLine(Throwable t) {
        String text = t.getClass().getSimpleName() + ": " + t.getMessage();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
