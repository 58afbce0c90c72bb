package vn.lienthong.axis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.CheckpointChecks;
import vn.lienthong.axis.ledger.chain.ChainReport;
import vn.lienthong.axis.ledger.chain.ChainVerifier;

/**
 * {@code ledger verify --jdbc <url> [--user <u>] [--password <pw>] [--axis-cert <pem>] [--tsa-trust <pem>]...}:
 * walks the hash-chained ledger in the database (read-only) and prints the JSON report; exit 0
 * intact, 1 not. With {@code --axis-cert}, a checkpoint signed by any other certificate counts as a
 * problem; every checkpoint's RFC 3161 token is checked over the checkpoint, and with
 * {@code --tsa-trust} its TSA certificate must chain to one of those anchors.
 */
final class LedgerVerifyCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    private static final Set<String> OPTIONS = Set.of("jdbc", "user", "password", "axis-cert", "tsa-trust");

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(OPTIONS);
        String url = args.required("jdbc");
        X509Certificate axis = axisCertificate(args.optional("axis-cert"));
        Path scratch = tempDir();
        List<X509Certificate> tsaTrust = args.all("tsa-trust").stream().map(LedgerVerifyCommand::axisCertificate)
                .toList();
        ChainVerifier verifier = CheckpointChecks.verifier(axis, tsaTrust, scratch);
        try (Connection c = DriverManager.getConnection(url, args.optional("user"), args.optional("password"))) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            ChainReport report = verifier.verify(c);
            c.rollback();
            out.println(JSON.writeValueAsString(report));
            return report.intact() ? AxisCli.OK : AxisCli.INVALID;
        } catch (SQLException e) {
            err.println("Cannot open " + url + ": " + e.getMessage());
            return AxisCli.USAGE;
        } catch (AxisException e) {
            err.println(e.getMessage());
            return AxisCli.INVALID;
        } catch (java.io.IOException e) {
            err.println("Cannot write the report: " + e.getMessage());
            return AxisCli.INVALID;
        }
    }

    static X509Certificate axisCertificate(String pem) {
        if (pem == null) {
            return null;
        }
        Path p = Path.of(pem);
        if (!Files.isRegularFile(p)) {
            throw new CliArgs.UsageException("No such certificate file: " + p);
        }
        try (var in = Files.newInputStream(p)) {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (java.io.IOException | java.security.cert.CertificateException e) {
            throw new CliArgs.UsageException("Not a PEM certificate: " + p + " (" + e.getMessage() + ")");
        }
    }

    static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("axis-evidence-");
            d.toFile().deleteOnExit();
            return d;
        } catch (java.io.IOException e) {
            throw new CliArgs.UsageException("Cannot create a temporary folder: " + e.getMessage());
        }
    }
}
