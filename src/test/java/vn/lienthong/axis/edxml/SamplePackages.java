package vn.lienthong.axis.edxml;

import java.nio.file.Path;
import java.util.List;

/** Model packages for tests, with the Vietnamese text of the spec's skeletons. */
final class SamplePackages {
    private SamplePackages() {}

    static MessageHeader header() {
        return new MessageHeader(
                new Organization("000.00.00.H99", "UBND tỉnh Mẫu", "UBND tỉnh Mẫu", "1 Đường Ví Dụ", "vanthu@mau.gov.vn",
                        "0200000000", "", "mau.gov.vn"),
                List.of(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"), Organization.of("000.00.00.G12", "Bộ Tài chính")),
                "000.00.00.H99,2025/06/02,7816/VPCP-TTĐT", new DocumentCode("7816", "VPCP-TTĐT"),
                new PromulgationInfo("Thành phố Mẫu", "2025/06/02"), new DocumentType("1", "0", "Công văn"),
                "V/v báo cáo tình hình thử nghiệm", "Báo cáo định kỳ tháng 5 <có ký tự & đặc biệt>",
                new SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn A"), "2025/06/16",
                List.of("Như trên", "Lưu: VT"),
                new OtherInfo("0", "Liên thông văn bản quốc gia", "NVB", "2", "3", "false", List.of("Phụ lục I"), null, null),
                List.of(new ResponseFor("000.00.00.G22", "1/VPCP", "2025/05/01", "000.00.00.G22,2025/05/01,1/VPCP")),
                "1", List.of("T-1"), null);
    }

    static TraceHeaderList trace(BusinessType type) {
        Business business = new Business(null, type.code(), "Văn bản điện tử mới", "0",
                new StaffInfo("Văn thư", null, "Trần Thị B", null, "vanthu@mau.gov.vn", "84900000000"), null, List.of());
        return new TraceHeaderList(List.of(new TraceHeader("000.00.00.H99", "2025/06/02 09:15:00")), business);
    }

    static EdxmlPackage document(Path... files) {
        List<Attachment> attachments = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            attachments.add(new Attachment("att-" + (i + 1), "tệp " + (i + 1) + ".pdf", "Văn bản chính", "application/pdf",
                    null, files[i], -1, null));
        }
        return EdxmlPackage.document(header(), trace(BusinessType.NEW), List.of(), attachments);
    }

    static EdxmlPackage status(String code) {
        return EdxmlPackage.status(new StatusMessage(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"),
                new ResponseFor("000.00.00.H99", "125/UBND-VP", "2025/06/02", "000.00.00.H99,2025/06/02,125/UBND-VP"),
                new StaffInfo("Phòng Văn thư - Lưu trữ", null, "Lê Văn C", null, "vanthu@example.gov.vn", "84911111111"),
                new StatusCode(code), "Đã tiếp nhận, vào sổ văn bản đến", "2025/06/02 10:05:31"));
    }
}
