package vn.lienthong.axis.route;

import vn.lienthong.axis.error.AxisException;

/** One line for a failure a step reported on purpose: the catalogue code and detail, no stack trace. */
final class RefusalLog {
    private RefusalLog() {}

    /** {@code VALIDATION_FAILED: an attachment failed the virus scan (field AttachmentEncoded)}, or the type and message. */
    static String describe(Throwable e) {
        AxisException a = org.apache.camel.util.ObjectHelper.getException(AxisException.class, e);
        if (a != null) {
            return a.code().name() + ": " + a.detail() + (a.field() == null ? "" : " (field " + a.field() + ")");
        }
        return e == null ? "unknown failure" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
