package vn.lienthong.axis.cli;

import java.io.PrintStream;

/** One command of the command line. Returns the exit code ({@link AxisCli#OK}, INVALID or USAGE). */
@FunctionalInterface
public interface CliCommand {
    int run(CliArgs args, PrintStream out, PrintStream err);
}
