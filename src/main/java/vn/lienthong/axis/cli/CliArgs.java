package vn.lienthong.axis.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line options: {@code --name value} pairs (repeatable), {@code --flag} switches
 * (a {@code --name} followed by another option or by nothing) and positional arguments.
 */
public final class CliArgs {
    private final Map<String, List<String>> options;
    private final List<String> positional;

    private CliArgs(Map<String, List<String>> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /** Thrown for a usage error; the message is shown to the user. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) { super(message); }
    }

    /** Options named in {@code flags} never take a value. */
    public static CliArgs parse(List<String> args) {
        return parse(args, Set.of("status", "allow-sha1", "no-revocation", "help"));
    }

    public static CliArgs parse(List<String> args, Set<String> flags) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = "true";
                if (!flags.contains(name)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("Option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                positional.add(a);
            }
        }
        return new CliArgs(options, positional);
    }

    public boolean flag(String name) { return options.containsKey(name); }

    public List<String> all(String name) { return options.getOrDefault(name, List.of()); }

    public String optional(String name) {
        List<String> v = all(name);
        return v.isEmpty() ? null : v.get(v.size() - 1);
    }

    public String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw new UsageException("Missing required option --" + name);
        }
        return v;
    }

    public List<String> positional() { return positional; }

    /** The single positional argument, named {@code what} in the usage error. */
    public String singlePositional(String what) {
        if (positional.size() != 1) {
            throw new UsageException("Expected exactly one " + what);
        }
        return positional.get(0);
    }

    /** Refuses options this command does not know. */
    public CliArgs allowOnly(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new UsageException("Unknown option --" + name);
            }
        }
        return this;
    }
}
