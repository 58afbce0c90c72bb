package vn.lienthong.axis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture package, inspected, gives its {@code .expected.json} (request/expected pairs). */
class FixtureInspectTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "packages");

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".edxml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void givenFixturePackage_whenInspected_thenExpectedJson(String fixture) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AxisCli.run(List.of("package", "inspect", FIXTURES.resolve(fixture).toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        Path expected = FIXTURES.resolve(fixture.replace(".edxml", ".expected.json"));

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.toString(StandardCharsets.UTF_8))).isEqualTo(json.readTree(expected.toFile()));
        assertThat(exit).isEqualTo(json.readTree(expected.toFile()).get("problems").isEmpty() ? 0 : 1);
    }
}
