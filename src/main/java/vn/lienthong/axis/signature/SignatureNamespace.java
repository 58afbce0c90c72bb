package vn.lienthong.axis.signature;

/** Which namespace the package's {@code Signature} element is in. */
public enum SignatureNamespace {
    /** {@code http://www.w3.org/2000/09/xmldsig#}, as XML-DSig defines it. */
    DSIG(SignatureUris.DSIG_NS),
    /** {@code http://www.mic.gov.vn/TBT/QCVN_102_2016}, as VNPT software writes it. */
    QCVN(SignatureUris.QCVN_NS);

    private final String uri;

    SignatureNamespace(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    static SignatureNamespace of(String uri) {
        return SignatureUris.DSIG_NS.equals(uri) ? DSIG : QCVN;
    }
}
