package vn.lienthong.axis.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/configuration.md lists every bound {@code axis.*} property exactly once with the default its record
 * declares, and every {@code axis.*} name used in the routes, application.yml and the profile overlays exists.
 */
class ConfigurationDocTest {
    private static final Path DOC = Path.of("docs/configuration.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(axis\\.[^`]+)` \\| (.*?) \\| (.*?) \\|$");
    private static final Pattern USE = Pattern.compile("(?:\\{\\{|\\$\\{)(axis\\.[a-z0-9.\\-]+)");

    record Row(String name, String defaultText, String meaning) {}

    @Test
    void theDocumentListsEveryBoundPropertyOnceWithItsDefaultAndMeaning() throws IOException {
        Map<String, Row> documented = rows();
        Map<String, String> bound = new LinkedHashMap<>();
        ConfigurationTree.properties().forEach(p -> bound.put(p.name(), "`" + p.documented() + "`"));
        String skeleton = bound.entrySet().stream().filter(e -> !documented.containsKey(e.getKey()))
                .map(e -> "| `" + e.getKey() + "` | " + e.getValue() + " |  |").collect(Collectors.joining("\n"));
        assertThat(documented.keySet()).as("properties in docs/configuration.md; missing rows:\n" + skeleton)
                .containsExactlyInAnyOrderElementsOf(bound.keySet());
        for (Row row : documented.values()) {
            assertThat(row.defaultText()).as("default of " + row.name()).isEqualTo(bound.get(row.name()));
            assertThat(row.meaning()).as("meaning of " + row.name()).isNotBlank();
        }
    }

    @Test
    void everyAxisNameTheRoutesAndApplicationYmlUseIsBound() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                used.addAll(uses(Files.readString(f)));
            }
        }
        used.addAll(uses(Files.readString(Path.of("src/main/resources/application.yml"))));
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(isBound(name)).as(name + " is bound").isTrue());
    }

    @Test
    void everyAxisKeyOfTheProfileOverlaysIsBound() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("application.*\\.yml")).toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (Object doc : new Yaml().loadAll(r)) {
                        flatten("", doc, keys);
                    }
                }
            }
        }
        assertThat(keys).isNotEmpty().filteredOn(k -> k.startsWith("axis."))
                .allSatisfy(key -> assertThat(isBound(key)).as(key + " (config/application-*.yml) is bound").isTrue());
    }

    private static List<String> uses(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = USE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A concrete name ({@code axis.peers.hanoi.base-uri}, {@code axis.retention.archive-after.document}). */
    private static boolean isBound(String name) {
        for (ConfigurationTree.Property p : ConfigurationTree.properties()) {
            String regex = Pattern.quote(p.name()).replace("<name>", "\\E[^.]+\\Q").replace("[n]", "\\E\\[\\d+\\]\\Q");
            if (name.matches(regex + "(\\..+|\\[\\d+\\])?")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else {
            out.add(prefix);
        }
    }

    private static Map<String, Row> rows() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                assertThat(rows.put(m.group(1), new Row(m.group(1), m.group(2), m.group(3))))
                        .as(m.group(1) + " is listed once").isNull();
            }
        }
        return rows;
    }
}
