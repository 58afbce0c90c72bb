package vn.lienthong.axis.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entry point of the command line: dispatches {@code package <command>} and {@code keys <command>}. */
public final class AxisCli {
    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private static final Set<String> GROUPS = Set.of("package", "keys", "ledger", "receipt", "evidence");

    private AxisCli() {}

    public static boolean handles(String firstArg) {
        return GROUPS.contains(firstArg);
    }

    /** Runs the command; returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2) {
            err.println(usage());
            return USAGE;
        }
        CliCommand command = commands().get(args.get(0) + " " + args.get(1));
        if (command == null) {
            err.println("Unknown command: " + String.join(" ", args.subList(0, 2)));
            err.println(usage());
            return USAGE;
        }
        try {
            return command.run(CliArgs.parse(args.subList(2, args.size())), out, err);
        } catch (CliArgs.UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        }
    }

    private static Map<String, CliCommand> commands() {
        return CliCommands.all();
    }

    static String usage() {
        return """
            Usage:
              java -jar lienthong-axis.jar                      start the axis server
              java -jar lienthong-axis.jar package build   --meta <file.yml|json> [--attach <file>]... [--status] --out <file.edxml>
              java -jar lienthong-axis.jar package inspect <file.edxml>
              java -jar lienthong-axis.jar package sign    --key <file.p12> --password <pw> --out <file> <in.edxml>
              java -jar lienthong-axis.jar package verify  --trust <pem|p12|dir>... [--crl <file>]... <file.edxml>
              java -jar lienthong-axis.jar keys sample-pki --out <dir>
              java -jar lienthong-axis.jar ledger verify   --jdbc <url> [--user <u>] [--password <pw>] [--axis-cert <pem>] [--tsa-trust <pem>]...
              java -jar lienthong-axis.jar receipt verify  [--axis-cert <pem>] <receipt.xml>
              java -jar lienthong-axis.jar evidence verify --trust <axis-cert.pem> [--tsa-trust <pem>]... <container.asice>""";
    }
}
