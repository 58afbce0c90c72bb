package vn.lienthong.axis.api.soap;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisErrorCode;

/** The SOAP fault family follows the catalogue; parser refusals get an AxisFault detail. */
class FaultCodeInterceptorTest {

    @Test
    void givenCallerMistake_thenClient() {
        assertThat(faultFor(AxisErrorCode.UNAUTHENTICATED).getFaultCode()).isEqualTo(Fault.FAULT_CODE_CLIENT);
        assertThat(faultFor(AxisErrorCode.NOT_FOUND).getFaultCode()).isEqualTo(Fault.FAULT_CODE_CLIENT);
    }

    @Test
    void givenAxisFailure_thenServer() {
        assertThat(faultFor(AxisErrorCode.INTERNAL_ERROR).getFaultCode()).isEqualTo(Fault.FAULT_CODE_SERVER);
        assertThat(faultFor(AxisErrorCode.REVOCATION_UNAVAILABLE).getFaultCode()).isEqualTo(Fault.FAULT_CODE_SERVER);
    }

    @Test
    void givenDoctypeRefusedByTheParser_thenClientWithDtdNotAllowedDetail() {
        Fault fault = new Fault(new XMLStreamException("Received event DTD, instead of START_ELEMENT or END_ELEMENT."));
        handle(fault);
        assertThat(fault.getFaultCode()).isEqualTo(Fault.FAULT_CODE_CLIENT);
        assertThat(fault.getMessage()).startsWith("DTD_NOT_ALLOWED: ").doesNotContain("START_ELEMENT");
        assertThat(fault.getDetail().getFirstChild().getLocalName()).isEqualTo("AxisFault");
        assertThat(fault.getDetail().getFirstChild().getNamespaceURI()).isEqualTo(AxisSoapEndpoint.NAMESPACE);
        assertThat(fault.getDetail().getTextContent()).contains("DTD_NOT_ALLOWED", "false");
    }

    private static Fault faultFor(AxisErrorCode code) {
        Fault fault = new Fault(SoapFaults.fault(code, "detail", null));
        handle(fault);
        return fault;
    }

    private static void handle(Fault fault) {
        SoapMessage message = new SoapMessage(new MessageImpl());
        message.setContent(Exception.class, fault);
        new FaultCodeInterceptor().handleMessage(message);
    }
}
