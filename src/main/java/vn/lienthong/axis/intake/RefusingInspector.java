package vn.lienthong.axis.intake;

import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.ledger.PackageFacts;

/** Fail closed: used while no verifying inspector is configured ({@code axis.intake.inspector=none}). */
public class RefusingInspector implements IntakeInspector {
    @Override
    public PackageFacts inspect(SpooledPackage spooled) {
        throw new AxisException(AxisErrorCode.DEPENDENCY_UNAVAILABLE,
                "this axis has no package verifier configured (axis.intake.inspector); nothing can be accepted");
    }
}
