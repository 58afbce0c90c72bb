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
            throw fault(e);
        } catch (RuntimeException e) {
            AxisException dependency = DependencyFailures.classify(e);
            if (dependency != null) {
                log.warn("A dependency failed in SOAP operation {}: {}", operation, e.toString());
                throw fault(new AxisException(dependency.code(), dependency.detail()));
            }
            log.error("Unexpected failure in SOAP operation {}", operation, e);
            throw fault(AxisErrorCode.INTERNAL_ERROR, "the axis failed unexpectedly; nothing was accepted", null);
        }
    }

    /**
     * The refusal as the contract's fault, with the refusal as its cause: the route's error policy
     * ({@code axis-error-policy}) recognises a catalogue error by it and logs one line, not a stack trace.
     */
    static AxisFault_Exception fault(AxisException refusal) {
        AxisFault_Exception fault = fault(refusal.code(), refusal.detail(), refusal.field());
        fault.initCause(refusal);
        return fault;
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
