package vn.lienthong.axis.edxml;

/** The clerk who handled the package (cán bộ xử lý). */
public record StaffInfo(String department, String departmentId, String staff, String staffId, String email,
                        String mobile) {
}
