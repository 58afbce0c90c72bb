package vn.lienthong.axis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import vn.lienthong.axis.evidence.container.ContainerVerifier;

/**
 * {@code evidence verify --trust <axis certificate pem> [--tsa-trust <pem>]... <container.asice>}: checks an
 * evidence container offline (manifest signature by that certificate, every file's digest, every receipt's
 * signature, the receipts name the package's SHA-256, the ledger checkpoint and its RFC 3161 token, whose
 * TSA must chain to a {@code --tsa-trust} anchor when given) and prints JSON of what it proves. Exit 0
 * valid, 1 not, 2 usage.
 */
final class EvidenceVerifyCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of("trust", "tsa-trust"));
        Path file = Path.of(args.singlePositional("evidence container"));
        if (!Files.isRegularFile(file)) {
            throw new CliArgs.UsageException("No such evidence container: " + file);
        }
        String pem = args.required("trust");
        try {
            var tsaTrust = args.all("tsa-trust").stream().map(LedgerVerifyCommand::axisCertificate).toList();
            var report = ContainerVerifier.verify(file, LedgerVerifyCommand.axisCertificate(pem), tsaTrust,
                    LedgerVerifyCommand.tempDir(), JSON);
            out.println(JSON.writeValueAsString(report));
            if (!report.path("valid").asBoolean()) {
                report.path("problems").forEach(p -> err.println(p.asText()));
                return AxisCli.INVALID;
            }
            return AxisCli.OK;
        } catch (IOException e) {
            out.println("{\"valid\": false, \"problems\": [\"not a readable ZIP container\"]}");
            err.println("Cannot read " + file + " as a ZIP container: " + e.getMessage());
            return AxisCli.INVALID;
        }
    }
}
