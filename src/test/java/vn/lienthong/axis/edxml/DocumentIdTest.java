package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class DocumentIdTest {
    @Test
    void givenVpcpDocumentId_thenPartsAreParsed() {
        DocumentId id = DocumentId.parse("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");

        assertThat(id.issuer()).isEqualTo(AgencyCode.parse("000.00.00.G22"));
        assertThat(id.promulgationDate()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(id.codeNumber()).isEqualTo("7816");
        assertThat(id.codeNotation()).isEqualTo("VPCP-TTĐT");
        assertThat(id.code()).isEqualTo("7816/VPCP-TTĐT");
    }

    @Test
    void givenNotationWithSlashesAndVietnameseLetters_thenKeptWhole() {
        DocumentId id = DocumentId.parse("000.00.00.H99,2025/06/02,12/2025/QĐ-UBND");

        assertThat(id.codeNumber()).isEqualTo("12");
        assertThat(id.codeNotation()).isEqualTo("2025/QĐ-UBND");
    }

    @Test
    void givenParsedId_thenFormatGivesTheSameString() {
        String raw = "H37.DN.001,2025/01/31,5/SNV-TCCB";

        assertThat(DocumentId.parse(raw).format()).isEqualTo(raw);
        assertThat(new DocumentId(AgencyCode.parse("000.00.00.h49"), LocalDate.of(2024, 2, 29), "1", "UBND").format())
                .isEqualTo("000.00.00.H49,2024/02/29,1/UBND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.00.G22", "000.00.00.G22,2015/09/30", "000.00.00.G22,2015-09-30,1/A",
        "000.00.00.G22,2015/02/30,1/A", "000.00.00.G22,2015/09/30,7816", "000.00.00.G22,2015/09/30,/VPCP",
        "000.00.00.G22,2015/09/30,7816/", "bad code,2015/09/30,1/A"})
    void givenMalformedId_thenRefusedWithInvalidDocumentId(String raw) {
        assertThatThrownBy(() -> DocumentId.parse(raw)).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.INVALID_DOCUMENT_ID));
        assertThat(DocumentId.isValid(raw)).isFalse();
    }
}
