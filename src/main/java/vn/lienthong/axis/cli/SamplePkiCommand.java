package vn.lienthong.axis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.lienthong.axis.trust.sample.SamplePki;
import vn.lienthong.axis.trust.sample.SamplePkiWriter;

/** {@code keys sample-pki --out <dir>}: writes the SAMPLE PKI (see {@code certs-sample/README.md}). */
final class SamplePkiCommand implements CliCommand {

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of("out"));
        Path dir = Path.of(args.required("out"));
        try {
            List<String> files = SamplePkiWriter.write(SamplePki.generate(Instant.now()), dir);
            out.println("Wrote " + files.size() + " SAMPLE PKI files to " + dir.toAbsolutePath().normalize()
                    + " (password " + SamplePki.PASSWORD + ")");
            return AxisCli.OK;
        } catch (IOException | GeneralSecurityException e) {
            err.println("Cannot write the sample PKI to " + dir + ": " + e.getMessage());
            return AxisCli.INVALID;
        }
    }
}
