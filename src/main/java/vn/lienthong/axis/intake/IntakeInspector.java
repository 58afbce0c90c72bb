package vn.lienthong.axis.intake;

import vn.lienthong.axis.ledger.PackageFacts;

/**
 * The port between intake and the edXML reader + signature/trust verifier: parses the spooled
 * bytes (hardened, streaming), verifies them, and returns the facts the pipeline needs.
 * Implementations refuse with {@link vn.lienthong.axis.error.AxisException} (MALFORMED_XML,
 * SIGNATURE_INVALID, UNTRUSTED_SIGNER, VALIDATION_FAILED, ...); they must not modify the file and
 * must copy {@code sha256} and {@code size} from the spooled package into the facts.
 */
public interface IntakeInspector {
    PackageFacts inspect(SpooledPackage spooled);
}
