package vn.lienthong.axis.api.soap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.axis.api.ApiErrors;
import vn.lienthong.axis.api.soap.contract.AxisFault;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Gives every SOAP fault the catalogue's face. For an {@code AxisFault} thrown by an operation: the
 * SOAP fault code from {@link AxisErrorCode#soapFault()} ({@code soap:Client} for the caller's
 * mistakes, {@code soap:Server} for the axis's own failures; CXF would answer {@code soap:Server} for
 * every declared fault). For a refusal by CXF's parser before any operation runs (DOCTYPE, StAX
 * limits, broken XML) or by {@link AxisAuthInterceptor}: an {@code AxisFault} detail with the matching
 * code, in place of parser internals. A fault a retry can help carries REST's {@code Retry-After} header.
 */
public final class FaultCodeInterceptor extends AbstractSoapInterceptor {

    public FaultCodeInterceptor() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        if (fault.getCause() instanceof AxisFault_Exception axis && axis.getFaultInfo() != null) {
            AxisErrorCode code = AxisErrorCode.valueOf(axis.getFaultInfo().getCode());
            setCode(message, fault, code);
            retryAfter(message, ApiErrors.retryAfter(code, null));
            return;
        }
        AxisException refusal = fault.getCause() instanceof AxisException edge ? edge : ParserRefusals.classify(fault);
        if (refusal != null) {
            setCode(message, fault, refusal.code());
            fault.setMessage(refusal.getMessage());
            fault.setDetail(detail(refusal));
            retryAfter(message, ApiErrors.retryAfter(refusal.code(), refusal));
        }
    }

    /** The same {@code Retry-After} HTTP header as REST for a retryable fault (503 causes, RATE_LIMITED). */
    private static void retryAfter(SoapMessage message, String seconds) {
        if (seconds == null) {
            return;
        }
        Map<String, List<String>> headers = CastUtils.cast((Map<?, ?>) message.get(Message.PROTOCOL_HEADERS));
        if (headers == null) {
            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            message.put(Message.PROTOCOL_HEADERS, headers);
        }
        headers.put("Retry-After", List.of(seconds));
    }

    private static void setCode(SoapMessage message, Fault fault, AxisErrorCode code) {
        boolean client = code.soapFault() == AxisErrorCode.Fault.CLIENT;
        if (fault instanceof SoapFault soap) {
            QName qname = client ? message.getVersion().getSender() : message.getVersion().getReceiver();
            soap.setFaultCode(qname);
        } else {
            fault.setFaultCode(client ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        }
    }

    /** {@code <detail><AxisFault xmlns="urn:lienthong:axis:v1">…</AxisFault></detail>}, as the contract says. */
    private static Element detail(AxisException e) {
        AxisFault info = SoapFaults.fault(e.code(), e.detail(), e.field()).getFaultInfo();
        Document doc = org.apache.cxf.helpers.DOMUtils.createDocument();
        Element detail = doc.createElement("detail");
        Element root = doc.createElementNS(AxisSoapEndpoint.NAMESPACE, "AxisFault");
        detail.appendChild(root);
        child(root, "code", info.getCode());
        child(root, "detail", info.getDetail());
        if (info.getField() != null) {
            child(root, "field", info.getField());
        }
        child(root, "retryable", Boolean.toString(info.isRetryable()));
        return detail;
    }

    private static void child(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(AxisSoapEndpoint.NAMESPACE, name);
        e.setTextContent(text);
        parent.appendChild(e);
    }
}
