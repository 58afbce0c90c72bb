package vn.lienthong.axis.api.soap;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.api.soap.contract.Acknowledge;
import vn.lienthong.axis.api.soap.contract.AcknowledgeResponse;
import vn.lienthong.axis.api.soap.contract.AxisAuth;
import vn.lienthong.axis.api.soap.contract.AxisFault_Exception;
import vn.lienthong.axis.api.soap.contract.AxisPortType;
import vn.lienthong.axis.api.soap.contract.GetDeliveryReceipts;
import vn.lienthong.axis.api.soap.contract.GetDeliveryReceiptsResponse;
import vn.lienthong.axis.api.soap.contract.GetPackage;
import vn.lienthong.axis.api.soap.contract.GetPackageResponse;
import vn.lienthong.axis.api.soap.contract.GetReceipt;
import vn.lienthong.axis.api.soap.contract.GetReceiptResponse;
import vn.lienthong.axis.api.soap.contract.GetTrace;
import vn.lienthong.axis.api.soap.contract.GetTraceResponse;
import vn.lienthong.axis.api.soap.contract.GetVerification;
import vn.lienthong.axis.api.soap.contract.GetVerificationResponse;
import vn.lienthong.axis.api.soap.contract.ListAgencies;
import vn.lienthong.axis.api.soap.contract.ListAgenciesResponse;
import vn.lienthong.axis.api.soap.contract.ListPending;
import vn.lienthong.axis.api.soap.contract.ListPendingResponse;
import vn.lienthong.axis.api.soap.contract.SendPackage;
import vn.lienthong.axis.api.soap.contract.SendPackageResponse;
import vn.lienthong.axis.delivery.Mailbox;
import vn.lienthong.axis.directory.ActingClient;
import vn.lienthong.axis.directory.AgencyRepository;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.Receipts;
import vn.lienthong.axis.intake.Intake;
import vn.lienthong.axis.ledger.PackageKind;
import vn.lienthong.axis.ledger.Trace;

/**
 * {@code /ws/axis}: the REST API's operations over SOAP 1.1. The package travels as an MTOM
 * attachment (or inline base64) and is streamed into the intake; {@code GetPackage} streams the
 * original bytes from the blob store as an attachment. The client authenticates with the
 * {@code AxisAuth} header (token, optional agency), checked by {@link AxisAuthInterceptor} before the body is read.
 * The route {@code routes/soap-edge-to-operations.camel.yaml} consumes the requests (camel-cxf, POJO) and
 * calls these operations through {@link SoapOperations} (ADR 033).
 */
@Component
public class AxisSoapEndpoint implements AxisPortType {
    public static final String NAMESPACE = "urn:lienthong:axis:v1";
    public static final String WSDL = "classpath:wsdl/lienthong-axis.wsdl";
    static final String API = "soap";
    private static final int DEFAULT_LIMIT = 100;

    private final Intake intake;
    private final Mailbox mailbox;
    private final Trace trace;
    private final AgencyRepository agencies;
    private final Receipts receipts;

    public AxisSoapEndpoint(Intake intake, Mailbox mailbox, Trace trace,
                            AgencyRepository agencies, Receipts receipts) {
        this.intake = intake;
        this.mailbox = mailbox;
        this.trace = trace;
        this.agencies = agencies;
        this.receipts = receipts;
    }

    @Override
    public SendPackageResponse sendPackage(SendPackage request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("SendPackage", () -> {
            ActingClient client = client(header);
            DataHandler pkg = request == null ? null : request.getPackage();
            if (pkg == null) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "send the edXML package in the element package",
                        "package");
            }
            SendPackageResponse out = new SendPackageResponse();
            try (InputStream in = new AttachmentStream(pkg.getInputStream())) {
                out.setReceipt(ContractMapping.receipt(intake.submit(in, -1, client, API)));
            } catch (IOException e) {
                throw new AxisException(AxisErrorCode.BAD_REQUEST, "the package attachment could not be read",
                        "package", e);
            }
            return out;
        });
    }

    @Override
    public ListPendingResponse listPending(ListPending request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("ListPending", () -> {
            ActingClient client = client(header);
            ListPending r = request == null ? new ListPending() : request;
            PackageKind kind = PackageKind.filter(r.getKind());
            int limit = r.getLimit() == null ? DEFAULT_LIMIT : r.getLimit();
            return ContractMapping.page(mailbox.list(client.actingAgency(), kind, r.getAfter(), limit));
        });
    }

    @Override
    public GetPackageResponse getPackage(GetPackage request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("GetPackage", () -> {
            ActingClient client = client(header);
            String axisId = required(request == null ? null : request.getAxisId(), "axisId");
            Mailbox.Opened opened = mailbox.open(axisId, client.actingAgency());
            GetPackageResponse out = new GetPackageResponse();
            out.setSha256(opened.pkg().sha256());
            out.setPackage(new DataHandler(new FileDataSource(opened.file().toFile())));
            return out;
        });
    }

    @Override
    public AcknowledgeResponse acknowledge(Acknowledge request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("Acknowledge", () -> {
            ActingClient client = client(header);
            String axisId = required(request == null ? null : request.getAxisId(), "axisId");
            var state = mailbox.acknowledge(axisId, client.actingAgency(), request.getResult(), request.getReason());
            AcknowledgeResponse out = new AcknowledgeResponse();
            out.setState(state.wireName());
            return out;
        });
    }

    @Override
    public GetTraceResponse getTrace(GetTrace request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("GetTrace", () -> {
            ActingClient client = client(header);
            String axisId = required(request == null ? null : request.getAxisId(), "axisId");
            return ContractMapping.trace(trace.of(axisId, client.actingAgency()),
                    Boolean.TRUE.equals(request.isIncludeDuties()));
        });
    }

    @Override
    public ListAgenciesResponse listAgencies(ListAgencies request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("ListAgencies", () -> {
            client(header);
            String q = request == null ? null : request.getQ();
            ListAgenciesResponse out = new ListAgenciesResponse();
            out.getAgency().addAll(ContractMapping.agencies(agencies.search(q, DEFAULT_LIMIT)));
            return out;
        });
    }

    /** The acceptance receipt signed by the axis, byte for byte as REST serves it: for the sender only. */
    @Override
    public GetReceiptResponse getReceipt(GetReceipt request, AxisAuth header) throws AxisFault_Exception {
        return SoapFaults.answer("GetReceipt", () -> {
            String axisId = required(request == null ? null : request.getAxisId(), "axisId");
            GetReceiptResponse out = new GetReceiptResponse();
            out.setSignedXml(ContractMapping.utf8(receipts.acceptance(axisId, client(header).actingAgency())));
            return out;
        });
    }

    /** Signed delivery receipts: every copy's for the sender, its own copy's for a recipient. */
    @Override
    public GetDeliveryReceiptsResponse getDeliveryReceipts(GetDeliveryReceipts request, AxisAuth header)
            throws AxisFault_Exception {
        return SoapFaults.answer("GetDeliveryReceipts", () -> {
            String axisId = required(request == null ? null : request.getAxisId(), "axisId");
            return ContractMapping.deliveryReceipts(receipts.deliveries(axisId, client(header).actingAgency()));
        });
    }

    /** The intake verification report, the JSON of {@code package verify} and REST {@code /verification}. */
    @Override
    public GetVerificationResponse getVerification(GetVerification request, AxisAuth header)
            throws AxisFault_Exception {
        return SoapFaults.answer("GetVerification", () -> {
            String axisId = required(request == null ? null : request.getAxisId(), "axisId");
            GetVerificationResponse out = new GetVerificationResponse();
            out.setReportJson(receipts.verificationReport(axisId, client(header).actingAgency()));
            return out;
        });
    }

    /** Authenticated by {@link AxisAuthInterceptor} before the body was read. */
    private static ActingClient client(AxisAuth header) {
        return AxisAuthInterceptor.client();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AxisException(AxisErrorCode.BAD_REQUEST, field + " is required", field);
        }
        return value.trim();
    }
}
