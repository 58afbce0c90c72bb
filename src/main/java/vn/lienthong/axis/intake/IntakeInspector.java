package vn.lienthong.axis.intake;


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
     * @param sender authorises the package's {@code From} agency; called (and allowed to refuse)
     *               before the package signature is checked and before any attachment is decoded
     */
    InspectedPackage inspect(SpooledPackage spooled, SenderCheck sender);

    /** The client's right to send for an agency, judged by intake (ADR 012). */
    @FunctionalInterface
    interface SenderCheck {
        /** Throws SENDER_MISMATCH (or another refusal) when the client may not send for {@code from}. */
        void authorise(String from);
    }
}
