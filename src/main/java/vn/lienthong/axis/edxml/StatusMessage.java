package vn.lienthong.axis.edxml;

/**
 * The header of a status package (gói tin trạng thái): who reports, about which document, the clerk, the
 * status code, a description and the time ({@code yyyy/MM/dd HH:mm:ss}).
 */
public record StatusMessage(Organization from, ResponseFor responseFor, StaffInfo staffInfo, StatusCode statusCode,
                            String description, String timestamp) {
}
