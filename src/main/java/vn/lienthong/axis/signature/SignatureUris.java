package vn.lienthong.axis.signature;

/** The namespace and algorithm URIs the edXML signature profile talks about. */
public final class SignatureUris {
    public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    /** QCVN 102:2016 namespace; VNPT software writes {@code Signature} in it (see the spec, §1.2). */
    public static final String QCVN_NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    public static final String C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
    public static final String C14N_WITH_COMMENTS = C14N + "#WithComments";
    public static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public static final String EXC_C14N_WITH_COMMENTS = EXC_C14N + "WithComments";
    /** The misspelt exc-c14n URI seen in VNPT samples; accepted only as a Reference transform. */
    public static final String EXC_C14N_VNPT_TYPO = "http://www.w3.org/TR/xml-exc-c14n#";
    public static final String ENVELOPED = DSIG_NS + "enveloped-signature";

    public static final String SHA1 = DSIG_NS + "sha1";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public static final String SHA384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    public static final String SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512";

    public static final String RSA_SHA1 = DSIG_NS + "rsa-sha1";
    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public static final String RSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    public static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public static final String RSA_PSS_SHA256 = "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1";
    public static final String RSA_PSS_SHA384 = "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1";
    public static final String RSA_PSS_SHA512 = "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1";
    public static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public static final String ECDSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384";
    public static final String ECDSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";

    private SignatureUris() {}
}
