package vn.lienthong.axis.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.EdxmlSigner;

/** {@code package sign --key <file.p12> --password <pw> --out <file> <in.edxml>}: adds the package XML-DSig. */
final class PackageSignCommand implements CliCommand {
    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of("key", "password", "out"));
        Path key = Path.of(args.required("key"));
        String password = args.required("password");
        Path target = Path.of(args.required("out"));
        Path in = Path.of(args.singlePositional("input package"));
        if (!Files.isRegularFile(in)) {
            throw new CliArgs.UsageException("No such package file: " + in);
        }
        try {
            EdxmlSigner.fromPkcs12(key, password.toCharArray()).sign(in, target);
            out.println("Signed " + in + " -> " + target);
            return AxisCli.OK;
        } catch (AxisException e) {
            err.println("Not signed: " + e.getMessage());
            return AxisCli.INVALID;
        }
    }
}
