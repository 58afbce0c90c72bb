package vn.lienthong.axis.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorRoleTest {

    @Test
    void givenEachRole_thenPersonalTokensOpenOnlyWhatTheRoleMayDo() {
        assertThat(OperatorRole.AUDITOR.mayCallAdminApi("GET", "/admin/api/v1/audit")).isTrue();
        assertThat(OperatorRole.AUDITOR.mayCallAdminApi("POST", "/admin/api/v1/deliveries/1/requeue")).isFalse();
        assertThat(OperatorRole.OPERATOR.mayCallAdminApi("POST", "/admin/api/v1/deliveries/1/requeue")).isTrue();
        assertThat(OperatorRole.OPERATOR.mayCallAdminApi("PUT", "/admin/api/v1/agencies/X")).isTrue();
        assertThat(OperatorRole.OPERATOR.mayCallAdminApi("DELETE", "/admin/api/v1/clients/x")).isTrue();
        assertThat(OperatorRole.OPERATOR.mayCallAdminApi("POST", "/admin/api/v1/trust-anchors")).isFalse();
        assertThat(OperatorRole.OPERATOR.mayCallAdminApi("PUT", "/admin/api/v1/rate-limits/x")).isFalse();
        assertThat(OperatorRole.OPERATOR.mayCallAdminApi("POST", "/admin/api/v1/deliveriesX")).isFalse();
        assertThat(OperatorRole.ADMIN.mayCallAdminApi("POST", "/admin/api/v1/trust-anchors")).isTrue();
    }
}
