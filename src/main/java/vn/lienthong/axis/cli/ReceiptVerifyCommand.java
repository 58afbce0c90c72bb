package vn.lienthong.axis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.evidence.EvidenceSigner;

/**
 * {@code receipt verify [--axis-cert <pem>] <receipt.xml>}: checks a receipt or checkpoint signed by
 * an axis under the package signature profile (and, with {@code --axis-cert}, that this axis signed it).
 * Exit 0 valid, 1 not. The certificate path is for {@code package verify --trust} or xmlsec1 to judge.
 */
final class ReceiptVerifyCommand implements CliCommand {
    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of("axis-cert"));
        Path file = Path.of(args.singlePositional("receipt file"));
        if (!Files.isRegularFile(file)) {
            throw new CliArgs.UsageException("No such receipt file: " + file);
        }
        try {
            var check = EvidenceSigner.verify(Files.readString(file),
                    LedgerVerifyCommand.axisCertificate(args.optional("axis-cert")), LedgerVerifyCommand.tempDir());
            out.println("{\"valid\": true, \"signer\": \"" + check.signer().getSubjectX500Principal().getName()
                    .replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"signerSha256\": \""
                    + EvidenceSigner.sha256(check.signer()) + "\", \"signatureMethod\": \"" + check.signatureMethod()
                    + "\"}");
            return AxisCli.OK;
        } catch (AxisException e) {
            out.println("{\"valid\": false, \"code\": \"" + e.code().name() + "\"}");
            err.println(e.getMessage());
            return AxisCli.INVALID;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return AxisCli.USAGE;
        }
    }
}
