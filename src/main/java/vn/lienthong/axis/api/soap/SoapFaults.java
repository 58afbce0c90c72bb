package vn.lienthong.axis.api.soap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.axis.api.DependencyFailures;
import vn.lienthong.axis.api.soap.contract.AxisFault;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Every refusal as the contract's {@code AxisFault}: the catalogue's wire name, the detail, the field
 * and whether a retry can help. Anything unexpected becomes INTERNAL_ERROR without its message.
 */
final class SoapFaults {
    private static final Logger log = LoggerFactory.getLogger(SoapFaults.class);

    private SoapFaults() {}

    /** One SOAP operation: its body may throw an {@link AxisException}. */
    @FunctionalInterface
    interface Operation<T> {
        T run();
    }

    static <T> T answer(String operation, Operation<T> op) throws AxisFault_Exception {
        try {
            return op.run();
        } catch (AxisException e) {
            throw fault(e.code(), e.detail(), e.field());
        } catch (RuntimeException e) {
            AxisException dependency = DependencyFailures.classify(e);
            if (dependency != null) {
                log.warn("A dependency failed in SOAP operation {}: {}", operation, e.toString());
                throw fault(dependency.code(), dependency.detail(), null);
            }
            log.error("Unexpected failure in SOAP operation {}", operation, e);
            throw fault(AxisErrorCode.INTERNAL_ERROR, "the axis failed unexpectedly; nothing was accepted", null);
        }
    }

    static AxisFault_Exception fault(AxisErrorCode code, String detail, String field) {
        AxisFault info = new AxisFault();
        info.setCode(code.wireName());
        info.setDetail(detail);
        info.setField(field);
        info.setRetryable(code.retryable());
        return new AxisFault_Exception(code.wireName() + ": " + detail, info);
    }
}
