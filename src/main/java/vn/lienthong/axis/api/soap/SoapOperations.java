package vn.lienthong.axis.api.soap;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.api.soap.contract.Acknowledge;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.api.soap.contract.GetDeliveryReceipts;
import vn.lienthong.axis.api.soap.contract.GetPackage;
import vn.lienthong.axis.api.soap.contract.GetReceipt;
import vn.lienthong.axis.api.soap.contract.GetTrace;
import vn.lienthong.axis.api.soap.contract.GetVerification;
import vn.lienthong.axis.api.soap.contract.ListAgencies;
import vn.lienthong.axis.api.soap.contract.ListPending;
import vn.lienthong.axis.api.soap.contract.SendPackage;
import vn.lienthong.axis.error.AxisErrorCode;

/**
 * The SOAP edge route's bean ({@code routes/soap-edge-to-operations.camel.yaml}): one request's
 * parameters as the camel-cxf consumer hands them over (POJO data format: the body element first, then
 * the {@code AxisAuth} header, which {@link AxisAuthInterceptor} has already checked), dispatched on the
 * WSDL operation name to {@link AxisSoapEndpoint}. A client's refusal ({@code soap:Client}) is returned
 * as the answer, so the exchange completes and route failure metrics mean the axis's own trouble (as for
 * the intake route, ADR 025); the axis's failures ({@code soap:Server}) are thrown. Either way CXF
 * writes the same {@code AxisFault}.
 */
@Component
public class SoapOperations {
    private final AxisSoapEndpoint operations;

    public SoapOperations(AxisSoapEndpoint operations) {
        this.operations = operations;
    }

    /** {@code SendPackage}: the package streams from the MTOM attachment into the intake route. */
    public Object sendPackage(List<?> parameters) throws AxisFault_Exception {
        return answer("SendPackage", parameters);
    }

    /** Any operation of the contract, by its WSDL name. */
    public Object answer(String operation, List<?> parameters) throws AxisFault_Exception {
        Object request = parameters == null || parameters.isEmpty() ? null : parameters.get(0);
        try {
            return switch (operation) {
                case "SendPackage" -> operations.sendPackage(as(request, SendPackage.class), null);
                case "ListPending" -> operations.listPending(as(request, ListPending.class), null);
                case "GetPackage" -> operations.getPackage(as(request, GetPackage.class), null);
                case "Acknowledge" -> operations.acknowledge(as(request, Acknowledge.class), null);
                case "GetTrace" -> operations.getTrace(as(request, GetTrace.class), null);
                case "ListAgencies" -> operations.listAgencies(as(request, ListAgencies.class), null);
                case "GetReceipt" -> operations.getReceipt(as(request, GetReceipt.class), null);
                case "GetDeliveryReceipts" ->
                        operations.getDeliveryReceipts(as(request, GetDeliveryReceipts.class), null);
                case "GetVerification" -> operations.getVerification(as(request, GetVerification.class), null);
                default -> throw SoapFaults.fault(AxisErrorCode.BAD_REQUEST, "this endpoint has no operation "
                        + operation, "operation");
            };
        } catch (AxisFault_Exception fault) {
            if (isClientFault(fault)) {
                return fault;
            }
            throw fault;
        }
    }

    private static boolean isClientFault(AxisFault_Exception fault) {
        return fault.getFaultInfo() != null
                && AxisErrorCode.valueOf(fault.getFaultInfo().getCode()).soapFault() == AxisErrorCode.Fault.CLIENT;
    }

    /** The request element, or null when absent (each operation refuses a missing field itself). */
    private static <T> T as(Object request, Class<T> type) {
        return type.isInstance(request) ? type.cast(request) : null;
    }
}
