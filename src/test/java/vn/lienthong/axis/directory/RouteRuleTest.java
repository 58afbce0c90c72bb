package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lienthong.axis.error.AxisException;

class RouteRuleTest {
    private static final List<RouteRule> RULES = List.of(
            new RouteRule("*.G22", "upstream"),
            new RouteRule("*.H41", "upstream"),
            new RouteRule("000.00.*.H41", "peer:hanoi"),
            new RouteRule("000.00.07.H41", "peer:danang"));

    private static Optional<String> target(String code) {
        return RULES.stream().filter(r -> r.matches(code)).max(Comparator.comparingInt(RouteRule::specificity))
                .map(RouteRule::target);
    }

    @Test
    void givenPatternsAndExactCodes_thenTheMostSpecificRuleWins() {
        assertThat(target("000.00.07.H41")).hasValue("peer:danang");
        assertThat(target("000.00.05.H41")).hasValue("peer:hanoi");
        assertThat(target("001.02.00.H41")).hasValue("upstream");
        assertThat(target("000.00.00.G22")).hasValue("upstream");
        assertThat(target("000.00.00.H99")).isEmpty();
    }

    @Test
    void givenAWildcard_thenItStandsForAtLeastOneCodeCharacterAndNothingElse() {
        RouteRule rule = new RouteRule("*.G22", "upstream");
        assertThat(rule.matches(".G22")).isFalse();
        assertThat(rule.matches("000.00.00.G22")).isTrue();
        assertThat(rule.matches("000.00.00.G221")).isFalse();
        assertThat(new RouteRule("000.00.*.H41", "upstream").matches("000.01.00.H41")).isFalse();
    }

    @Test
    void givenABadPatternOrTarget_thenRefusedNamingTheField() {
        assertThatThrownBy(() -> new RouteRule("000.00.(.*)", "upstream")).isInstanceOf(AxisException.class)
                .hasMessageContaining("pattern");
        assertThatThrownBy(() -> new RouteRule("*.G22", "somewhere")).isInstanceOf(AxisException.class)
                .hasMessageContaining("peer:<name>");
        assertThat(new RouteRule(" *.g22 ", " peer:hanoi ").peerName()).isEqualTo("hanoi");
    }
}
