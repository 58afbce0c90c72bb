package vn.lienthong.axis.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class AgencyCodeTest {
    @ParameterizedTest
    @CsvSource({
        "28.22.H17, false, H17",
        "01.02.G22, false, G22",
        "999.010.01.H22, false, H22",
        "99.99.99.G21, false, G21",
        "00.22.W00, false, W00",
        "H37.DN.001, false, H37",
        "000.00.00.H49, true, H49",
        "000.00.00.G22, true, G22"})
    void givenRealWorldCode_thenAcceptedAndClassified(String raw, boolean strict, String levelOne) {
        AgencyCode code = AgencyCode.parse(raw);

        assertThat(code.value()).isEqualTo(raw);
        assertThat(code.isStrictQcvn102()).isEqualTo(strict);
        assertThat(code.levelOneCode()).isEqualTo(levelOne);
    }

    @Test
    void givenQd20Code_thenClassifiedAsQd20() {
        assertThat(AgencyCode.parse("H37.DN.001").isQd20()).isTrue();
        assertThat(AgencyCode.parse("000.00.00.H49").isQd20()).isFalse();
    }

    @Test
    void givenLowerCaseWithBlanks_thenUpperCasedAndTrimmed() {
        assertThat(AgencyCode.parse("  000.00.00.h49\n").value()).isEqualTo("000.00.00.H49");
        assertThat(AgencyCode.isValid("h37.dn.001")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "000.00 .00.H49", "000.00.00.H49\u0001", "000\t00.00.H49",
        "A23456789.123456789.123456789.123456", "000..00.H49", "000.00.00.H49.", ".000.00.00.H49", "000,00,00,H49",
        "000.00.00.HĐ9"})
    void givenInvalidCode_thenRefusedWithInvalidAgencyCode(String raw) {
        assertThatThrownBy(() -> AgencyCode.parse(raw)).isInstanceOfSatisfying(AxisException.class,
                e -> assertThat(e.code()).isEqualTo(AxisErrorCode.INVALID_AGENCY_CODE));
        assertThat(AgencyCode.isValid(raw)).isFalse();
    }

    @Test
    void givenNull_thenInvalid() {
        assertThat(AgencyCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> AgencyCode.parse(null)).isInstanceOf(AxisException.class);
    }

    @Test
    void givenThirtyFiveCharacters_thenAccepted() {
        String code = "H37." + "1".repeat(31);

        assertThat(code).hasSize(35);
        assertThat(AgencyCode.isValid(code)).isTrue();
    }
}
