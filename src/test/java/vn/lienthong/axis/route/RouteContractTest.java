package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Java ↔ YAML contract: every header or property a route file names is declared in {@link AxisHeaders}. */
class RouteContractTest {
    /** ${header.X}, ${headers.X}, ${exchangeProperty.X}, header: X / name: X under setHeader/setProperty. */
    private static final Pattern SIMPLE = Pattern.compile("\\$\\{(?:header|headers|exchangeProperty)\\.([A-Za-z_][\\w]*)");
    private static final Pattern KEYED = Pattern.compile("^\\s*(?:header|name|propertyName|headerName):\\s*\"?([A-Za-z_][\\w]*)\"?\\s*$",
            Pattern.MULTILINE);

    @Test
    void everyHeaderAndPropertyNamedInTheRoutesIsDeclaredOnce() throws IOException {
        Set<String> declared = declared();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".camel.yaml")).toList()) {
                String yaml = Files.readString(f);
                collect(SIMPLE.matcher(yaml), used);
                collect(KEYED.matcher(yaml), used);
            }
        }
        assertThat(used).as("names the routes use").isNotEmpty();
        assertThat(declared).as("AxisHeaders").containsAll(used);
    }

    @Test
    void noTwoConstantsShareAName() throws IOException {
        assertThat(constants().map(RouteContractTest::value).distinct().count()).isEqualTo(constants().count());
    }

    private static Set<String> declared() {
        return constants().map(RouteContractTest::value).collect(Collectors.toSet());
    }

    private static Stream<Field> constants() {
        return Arrays.stream(AxisHeaders.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class);
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
