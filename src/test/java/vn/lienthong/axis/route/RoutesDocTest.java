package vn.lienthong.axis.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/routes.md draws the flow from the route files: every route, and every step of intake and dispatch. */
class RoutesDocTest {
    private static final Pattern ID = Pattern.compile("^\\s*(?:- )?id:\\s*\"?([a-z0-9-]+)\"?\\s*$", Pattern.MULTILINE);

    @Test
    void everyRouteAndEveryIntakeAndDispatchStepIsOnThePage() throws IOException {
        String page = Files.readString(Path.of("docs/routes.md"));
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".camel.yaml")).toList()) {
                String stem = f.getFileName().toString().replace(".camel.yaml", "");
                assertThat(page).as(f.toString()).contains("`" + stem + "`");
                if (stem.equals("edge-to-ledger") || stem.equals("delivery-queue-to-dispatch")) {
                    Matcher m = ID.matcher(Files.readString(f));
                    while (m.find()) {
                        assertThat(page).as(f + " step").contains(m.group(1));
                    }
                }
            }
        }
    }
}
