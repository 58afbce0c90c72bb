package vn.lienthong.axis.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class OperatorPasswordsTest {

    private static OperatorPasswords in(String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return new OperatorPasswords(env);
    }

    @Test
    void givenAHash_thenTheRightPasswordMatchesAndItIsArgon2() {
        OperatorPasswords p = in("production");
        String hash = p.hash("mật-khẩu-dài-1");
        assertThat(hash).startsWith("{argon2}").doesNotContain("mật");
        assertThat(p.matches("mật-khẩu-dài-1", hash)).isTrue();
        assertThat(p.matches("mat-khau-dai-1", hash)).isFalse();
    }

    @Test
    void givenTheSamplePassword_thenItOpensAnAccountOnlyInLocalAndTest() {
        String hash = in("local").hash(OperatorPasswords.SAMPLE_PASSWORD);
        assertThat(in("local").matches(OperatorPasswords.SAMPLE_PASSWORD, hash)).isTrue();
        assertThat(in("test").matches(OperatorPasswords.SAMPLE_PASSWORD, hash)).isTrue();
        assertThat(in("production").matches(OperatorPasswords.SAMPLE_PASSWORD, hash)).isFalse();
        assertThat(in().matches(OperatorPasswords.SAMPLE_PASSWORD, hash)).isFalse();
    }

    @Test
    void givenSampleAccountsOutsideLocalAndTest_thenRefusesToStart() {
        SampleAccounts seeding = new SampleAccounts(new ConsoleProperties(true, 5, Duration.ofMinutes(15), null), null,
                in("production"));
        assertThatThrownBy(seeding::afterSingletonsInstantiated).isInstanceOf(AxisException.class)
                .satisfies(e -> assertThat(((AxisException) e).code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("axis.console.sample-accounts");
    }

    @Test
    void givenVietnameseNames_thenFoldedWithoutDiacritics() {
        assertThat(AgencyNames.fold("Sở Nội vụ tỉnh Mẫu")).isEqualTo("so noi vu tinh mau");
        assertThat(AgencyNames.fold("ĐẢNG ủy Đà Nẵng")).isEqualTo("dang uy da nang");
    }
}
