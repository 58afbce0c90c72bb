package vn.lienthong.axis.api.soap;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.error.AxisErrorCode;

/**
 * Sets the SOAP fault code of an {@code AxisFault} from the catalogue ({@link AxisErrorCode#soapFault()}):
 * {@code soap:Client} for the caller's mistakes, {@code soap:Server} for the axis's own failures.
 * CXF would otherwise answer every declared fault with {@code soap:Server}.
 */
public final class FaultCodeInterceptor extends AbstractSoapInterceptor {

    public FaultCodeInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)
                || !(fault.getCause() instanceof AxisFault_Exception axis) || axis.getFaultInfo() == null) {
            return;
        }
        AxisErrorCode code = AxisErrorCode.valueOf(axis.getFaultInfo().getCode());
        boolean client = code.soapFault() == AxisErrorCode.Fault.CLIENT;
        if (fault instanceof SoapFault soap) {
            QName qname = client ? message.getVersion().getSender() : message.getVersion().getReceiver();
            soap.setFaultCode(qname);
        } else {
            fault.setFaultCode(client ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        }
    }
}
