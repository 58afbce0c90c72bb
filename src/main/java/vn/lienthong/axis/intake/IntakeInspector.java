package vn.lienthong.axis.intake;

import vn.lienthong.axis.edxml.EdxmlPackage;

/**
 * The port between intake and the edXML reader + signature/trust verifier: parses the spooled
 * bytes (hardened, streaming), verifies them, and returns the facts the pipeline needs.
 * Implementations refuse with {@link vn.lienthong.axis.error.AxisException} (MALFORMED_XML,
 * SIGNATURE_INVALID, UNTRUSTED_SIGNER, VALIDATION_FAILED, ...); they must not modify the file and
 * must copy {@code sha256} and {@code size} from the spooled package into the
 * {@link vn.lienthong.axis.ledger.PackageFacts facts}.
 */
public interface IntakeInspector {

    /**
     * The stages in the order of ADR 012 (the intake route runs them as its steps).
     *
     * @param sender authorises the package's {@code From} agency; called (and allowed to refuse)
     *               before the package signature is checked and before any attachment is decoded
     */
    default InspectedPackage inspect(SpooledPackage spooled, SenderCheck sender) {
        EdxmlPackage header = readHeader(spooled);
        sender.authorise(sender(header));
        return verify(spooled, header);
    }

    /** Parse and validate: the header read (streaming, attachments' base64 passed over) and the field rules. */
    EdxmlPackage readHeader(SpooledPackage spooled);

    /** The sending agency of a read header, as the axis compares codes. */
    String sender(EdxmlPackage header);

    /**
     * Verify: the package XML-DSig (signer path, revocation, binding to the sender) under the sender's
     * signature policy, then the attachments decoded and their PDF signatures; the facts for the ledger.
     */
    InspectedPackage verify(SpooledPackage spooled, EdxmlPackage header);

    /** The client's right to send for an agency, judged by intake (ADR 012). */
    @FunctionalInterface
    interface SenderCheck {
        /** Throws SENDER_MISMATCH (or another refusal) when the client may not send for {@code from}. */
        void authorise(String from);
    }
}
