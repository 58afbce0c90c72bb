package vn.lienthong.axis.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The registry of commands, keyed by "group name". */
final class CliCommands {
    private CliCommands() {}

    static Map<String, CliCommand> all() {
        Map<String, CliCommand> m = new LinkedHashMap<>();
        m.put("package build", new PackageBuildCommand());
        m.put("package inspect", new PackageInspectCommand());
        m.put("keys sample-pki", new SamplePkiCommand());
        m.put("package sign", new PackageSignCommand());
        m.put("package verify", new PackageVerifyCommand());
        m.put("ledger verify", new LedgerVerifyCommand());
        m.put("receipt verify", new ReceiptVerifyCommand());
        m.put("evidence verify", new EvidenceVerifyCommand());
        return m;
    }
}
