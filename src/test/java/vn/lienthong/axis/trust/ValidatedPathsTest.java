package vn.lienthong.axis.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatedPathsTest {
    private final X509Certificate root = TestPki.ROOT.certificate();
    private final X509Certificate intermediate = TestPki.INTERMEDIATE.certificate();

    @Test
    void givenAnAcceptedPath_thenOnlyThatPathUnderThatAnchorIsKnown() {
        ValidatedPaths paths = new ValidatedPaths();
        List<X509Certificate> path = List.of(TestPki.signer().build().certificate(), intermediate);

        paths.add(path, root);

        assertThat(paths.contains(path, root)).isTrue();
        assertThat(paths.contains(path, intermediate)).isFalse();
        assertThat(paths.contains(List.of(TestPki.signer().build().certificate(), intermediate), root)).isFalse();
    }

    @Test
    void givenMorePathsThanTheBound_thenTheLeastRecentlyUsedIsForgotten() {
        ValidatedPaths paths = new ValidatedPaths(2);
        List<X509Certificate> a = List.of(TestPki.signer().build().certificate());
        List<X509Certificate> b = List.of(TestPki.signer().build().certificate());
        List<X509Certificate> c = List.of(TestPki.signer().build().certificate());
        paths.add(a, root);
        paths.add(b, root);
        assertThat(paths.contains(a, root)).isTrue(); // a is now the most recently used

        paths.add(c, root);

        assertThat(paths.contains(b, root)).isFalse();
        assertThat(paths.contains(a, root)).isTrue();
        assertThat(paths.contains(c, root)).isTrue();
        assertThat(paths.size()).isEqualTo(2);
    }
}
