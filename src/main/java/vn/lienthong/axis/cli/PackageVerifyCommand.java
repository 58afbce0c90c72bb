package vn.lienthong.axis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.SignatureCheck;

/**
 * {@code package verify <file.edxml> [--allow-sha1]}: prints a JSON report of the XML-DSig check
 * ({@code valid}, and {@code code}/{@code detail} when invalid). The certificate path and
 * revocation check ({@code --trust}, {@code --crl}) is added by the trust service.
 */
final class PackageVerifyCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of("allow-sha1"));
        Path in = Path.of(args.singlePositional("package file"));
        if (!Files.isRegularFile(in)) {
            throw new CliArgs.UsageException("No such package file: " + in);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        int exit;
        try {
            SignatureCheck check = new EdxmlSignatureVerifier(args.flag("allow-sha1"), Clock.systemUTC()).verify(in);
            report.put("valid", true);
            report.put("signature", check.report());
            exit = AxisCli.OK;
        } catch (AxisException e) {
            report.put("valid", false);
            report.put("code", e.code().wireName());
            report.put("detail", e.detail());
            report.put("field", e.field());
            exit = AxisCli.INVALID;
        }
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            err.println("Cannot render the report: " + e.getMessage());
            return AxisCli.INVALID;
        }
        return exit;
    }
}
