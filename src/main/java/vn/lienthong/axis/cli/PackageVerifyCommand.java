package vn.lienthong.axis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.axis.edxml.AttachmentSink;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlReader;
import vn.lienthong.axis.edxml.PackageValidator;
import vn.lienthong.axis.edxml.ValidationProblem;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.pdf.AttachmentSignaturePolicy;
import vn.lienthong.axis.signature.pdf.PdfSignatureInspector;
import vn.lienthong.axis.signature.report.PackageSignatureRule;
import vn.lienthong.axis.signature.report.PackageVerifier;
import vn.lienthong.axis.signature.report.TrustChainJudge;
import vn.lienthong.axis.signature.report.VerificationPolicy;
import vn.lienthong.axis.signature.report.VerificationReport;
import vn.lienthong.axis.trust.CertificateValidator;
import vn.lienthong.axis.trust.Pem;
import vn.lienthong.axis.trust.RegisteredSigner;
import vn.lienthong.axis.trust.SignerBinding;
import vn.lienthong.axis.trust.SignerRegistry;
import vn.lienthong.axis.trust.SubjectAgencyRule;
import vn.lienthong.axis.trust.TrustService;
import vn.lienthong.axis.trust.TrustSetup;

/**
 * {@code package verify --trust <pem|p12|dir>... [--trust-password <pw>] [--crl <file>]... [--allow-sha1]
 * [--signer-cert <pem>] [--no-revocation] [--attachment-policy if-present|required|off] <file.edxml>}:
 * prints the JSON verification report (top-level {@code valid}, and {@code code} when not valid) with the edXML
 * field rules the intake applies ({@code problems}; any one makes the package invalid, VALIDATION_FAILED).
 * The signer must be the {@code --signer-cert} given, or name the sending agency in its subject (O/OU/serialNumber).
 */
final class PackageVerifyCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> OPTIONS = Set.of("trust", "trust-password", "crl", "allow-sha1", "signer-cert",
            "no-revocation", "attachment-policy");

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(OPTIONS);
        Path file = Path.of(args.singlePositional("package file"));
        if (!Files.isRegularFile(file)) {
            throw new CliArgs.UsageException("No such package file: " + file);
        }
        if (args.all("trust").isEmpty()) {
            throw new CliArgs.UsageException("At least one --trust <pem|p12|dir> is required");
        }
        VerificationPolicy policy = new VerificationPolicy(PackageSignatureRule.REQUIRED, attachmentPolicy(args));
        Path temp = createTempDir();
        try (InputStream in = Files.newInputStream(file)) {
            EdxmlPackage pkg = new EdxmlReader().read(in, AttachmentSink.directory(temp));
            List<ValidationProblem> problems = new PackageValidator().validate(pkg);
            VerificationReport report = verifier(args, pkg.fromOrganId()).verify(file, pkg, policy);
            print(out, withFieldRules(report, problems));
            return report.valid() && problems.isEmpty() ? AxisCli.OK : AxisCli.INVALID;
        } catch (AxisException e) {
            print(out, refusal(e));
            return AxisCli.INVALID;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return AxisCli.USAGE;
        } finally {
            PackageInspectCommand.deleteTree(temp);
        }
    }

    private static AttachmentSignaturePolicy attachmentPolicy(CliArgs args) {
        String p = args.optional("attachment-policy");
        try {
            return p == null ? AttachmentSignaturePolicy.DEFAULT : AttachmentSignaturePolicy.fromWire(p);
        } catch (IllegalArgumentException e) {
            throw new CliArgs.UsageException(e.getMessage());
        }
    }

    private PackageVerifier verifier(CliArgs args, String fromAgency) {
        String pw = args.optional("trust-password");
        CertificateValidator validator = new TrustSetup(paths(args.all("trust")), List.of(),
                pw == null ? null : pw.toCharArray(), List.of(), paths(args.all("crl")), !args.flag("no-revocation"),
                vn.lienthong.axis.trust.RevocationSettings.defaults()).validator(Clock.systemUTC());
        SignerRegistry registry = Optional.ofNullable(args.optional("signer-cert"))
                .map(pem -> SignerRegistry.of(Map.of(fromAgency == null ? "" : fromAgency,
                        List.of(RegisteredSigner.of(Pem.readCertificate(Path.of(pem)))))))
                .orElse(SignerRegistry.empty());
        TrustService trust = new TrustService(validator,
                new SignerBinding(registry, Optional.of(SubjectAgencyRule.O_OU_SERIAL)));
        return new PackageVerifier(new EdxmlSignatureVerifier(args.flag("allow-sha1"), Clock.systemUTC()), trust,
                new PdfSignatureInspector(new TrustChainJudge(validator), Clock.systemUTC()), Clock.systemUTC());
    }

    /**
     * The report with the edXML field rules the intake applies before the signature ({@code problems}); a broken
     * rule makes the package invalid with the intake's code, VALIDATION_FAILED, whatever the signature says.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withFieldRules(VerificationReport report, List<ValidationProblem> problems) {
        Map<String, Object> m = JSON.convertValue(report, LinkedHashMap.class);
        m.put("problems", problems);
        if (!problems.isEmpty()) {
            m.put("valid", false);
            m.put("code", AxisErrorCode.VALIDATION_FAILED.wireName());
            m.put("detail", problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
            m.put("field", problems.get(0).field());
        }
        return m;
    }

    private static Map<String, Object> refusal(AxisException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", false);
        m.put("code", e.code().wireName());
        m.put("detail", e.detail());
        m.put("field", e.field());
        return m;
    }

    private static void print(PrintStream out, Object json) {
        try {
            out.println(JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().map(Path::of).toList();
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("axis-verify-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
