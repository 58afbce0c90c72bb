package vn.lienthong.axis.trust.sample;

import java.util.List;
import java.util.Locale;

/**
 * A sample agency of {@code config/directory-sample.yml} for which the SAMPLE PKI issues certificates.
 *
 * @param code the agency code, e.g. {@code 000.00.01.H99}
 * @param name the agency's name
 */
public record SampleAgency(String code, String name) {
    /** The four agencies of the sample directory. */
    public static final List<SampleAgency> ALL = List.of(
            new SampleAgency("000.00.00.H99", "UBND tỉnh Mẫu"),
            new SampleAgency("000.00.01.H99", "Sở Nội vụ tỉnh Mẫu"),
            new SampleAgency("000.00.02.H99", "Sở Tài chính tỉnh Mẫu"),
            new SampleAgency("000.00.00.G22", "Văn phòng Chính phủ"));

    /** The code in file names: {@code 000.00.01.h99}. */
    public String slug() {
        return code.toLowerCase(Locale.ROOT);
    }

    /** Subject DN naming the agency (O) and its code (OU), marked as a sample. */
    public String subject(String purpose) {
        return "CN=" + code + " " + purpose + " - " + SamplePki.MARK + ", OU=" + code
                + ", O=" + name + " (" + code + ") - " + SamplePki.MARK + ", C=VN";
    }
}
