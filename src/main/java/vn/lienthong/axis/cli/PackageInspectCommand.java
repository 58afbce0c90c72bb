package vn.lienthong.axis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.lienthong.axis.edxml.AttachmentSink;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.edxml.PackageValidator;
import vn.lienthong.axis.edxml.ValidationProblem;
import vn.lienthong.axis.error.AxisException;

/**
 * {@code package inspect <file.edxml>}: reads and validates a package and prints it as JSON. Exit 0 if valid,
 * 1 if it breaks a rule or is refused (then the JSON has {@code code}), 2 on usage errors.
 * Attachments are extracted to a temporary folder that is deleted afterwards.
 */
final class PackageInspectCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of());
        Path file = Path.of(args.singlePositional("package file"));
        if (!Files.isRegularFile(file)) {
            throw new CliArgs.UsageException("No such package file: " + file);
        }
        Path temp = createTempDir();
        try (InputStream in = Files.newInputStream(file)) {
            EdxmlPackage pkg = new EdxmlReader().read(in, AttachmentSink.directory(temp));
            List<ValidationProblem> problems = new PackageValidator().validate(pkg);
            print(out, PackageSummary.of(pkg, problems));
            return problems.isEmpty() ? AxisCli.OK : AxisCli.INVALID;
        } catch (AxisException e) {
            print(out, refusal(e));
            return AxisCli.INVALID;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return AxisCli.USAGE;
        } finally {
            deleteTree(temp);
        }
    }

    private static Map<String, Object> refusal(AxisException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", e.code().wireName());
        m.put("field", e.field());
        m.put("detail", e.detail());
        return m;
    }

    private static void print(PrintStream out, Map<String, Object> json) {
        try {
            out.println(JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("axis-inspect-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }

    /** Lower-case kind name for JSON. */
    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
