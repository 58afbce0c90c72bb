package vn.lienthong.axis.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/** SHA-256, which every JVM has. */
final class Checksums {
    private Checksums() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "SHA-256 is not available", null, e);
        }
    }
}
