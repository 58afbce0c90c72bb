package vn.lienthong.axis.api.vxp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The operations of the facade and, per operation, the logical headers that must be signed: what a
 * signature authorises is exactly what it signs. Each requirement lists alternative names
 * ({@code docId} or {@code docid}). A path that is not listed here is refused (closed by default).
 */
enum VxpOperation {
    SEND_EDOC("sendEdoc", true, "from", "hash-file"),
    GET_RECEIVED_EDOC_LIST("getReceivedEdocList", false),
    GET_EDOC("getEdoc", false, "docId"),
    DOWNLOAD_EDOC("downloadEdoc", false, "docId"),
    UPDATE_STATUS("updateStatus", true, "docId", "status"),
    GET_SENT_EDOC_LIST("getSentEdocList", false),
    /** This facade's own: the axis's signed receipts for a DocId (docs/vxp.md). */
    GET_RECEIPT("getReceipt", false, "docId"),
    COUNT_RECEIVE_EDOC("countReceiveEdoc", false),
    COUNT_RECEIVE_STATUS("countReceiveStatus", false),
    GET_AGENCIES_LIST("getAgenciesList", false),
    GET_AGENCIES_LIST_QD20("getAgenciesListQD20", false),
    GET_SYNCHRONIZE_UNIT("getSynchronizeUnit", false),
    /** The body is the agency: bound by a signed digest of it and by the operation's name. */
    REGISTER_AGENCY("registerAgency", true, VxpAuth.SERVICE_CODE, "hash-file"),
    /** The agency comes from the signed {@code AgencyCode}, never from the body. */
    DELETE_AGENCY("deleteAgency", true, "AgencyCode");

    private final String path;
    private final boolean stateChanging;
    private final List<List<String>> required;

    VxpOperation(String path, boolean stateChanging, String... required) {
        this.path = path;
        this.stateChanging = stateChanging;
        this.required = Arrays.stream(required).map(r -> List.of(r.split("\\|"))).toList();
    }

    String path() {
        return path;
    }

    boolean stateChanging() {
        return stateChanging;
    }

    /** Signed logical headers this operation needs; each entry lists alternative names. */
    List<List<String>> required() {
        return required;
    }

    static Optional<VxpOperation> byPath(String path) {
        return Arrays.stream(values()).filter(o -> o.path.equals(path)).findFirst();
    }
}
