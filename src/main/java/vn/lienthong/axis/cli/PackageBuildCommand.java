package vn.lienthong.axis.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.lienthong.axis.edxml.Attachment;
import vn.lienthong.axis.edxml.Business;
import vn.lienthong.axis.edxml.BusinessType;
import vn.lienthong.axis.edxml.EdxmlPackage;
import vn.lienthong.axis.edxml.EdxmlWriter;
import vn.lienthong.axis.edxml.ManifestReference;
import vn.lienthong.axis.edxml.MessageHeader;
import vn.lienthong.axis.edxml.PackageValidator;
import vn.lienthong.axis.edxml.StatusCode;
import vn.lienthong.axis.edxml.StatusMessage;
import vn.lienthong.axis.edxml.TraceHeader;
import vn.lienthong.axis.edxml.TraceHeaderList;
import vn.lienthong.axis.edxml.ValidationProblem;

/**
 * {@code package build --meta <file.yml|json> [--attach <file>]... [--status] --out <file.edxml>}: writes a document
 * (or status) package from a meta file and attachment files; refuses (exit 1) a package that breaks a field rule.
 */
final class PackageBuildCommand implements CliCommand {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly(Set.of("meta", "attach", "status", "out"));
        Path metaFile = Path.of(args.required("meta"));
        Path target = Path.of(args.required("out"));
        PackageMeta meta = readMeta(metaFile);
        EdxmlPackage pkg = args.flag("status") ? status(meta)
                : document(meta, metaFile.toAbsolutePath().getParent(), args.all("attach"));
        List<ValidationProblem> problems = new PackageValidator().validate(pkg);
        if (!problems.isEmpty()) {
            err.println("The package breaks field rules; nothing was written:");
            problems.forEach(p -> err.println("  " + p));
            return AxisCli.INVALID;
        }
        boolean zip = Boolean.TRUE.equals(meta.zipAttachments());
        new EdxmlWriter(new EdxmlWriter.Options(zip)).write(pkg, target);
        out.println("Wrote " + target + " (" + pkg.kind().name().toLowerCase(Locale.ROOT) + ", "
                + pkg.attachments().size() + " attachment(s))");
        return AxisCli.OK;
    }

    static PackageMeta readMeta(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliArgs.UsageException("No such meta file: " + file);
        }
        try {
            return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(file.toFile(), PackageMeta.class);
        } catch (IOException e) {
            throw new CliArgs.UsageException("Cannot read meta file " + file + ": " + e.getMessage());
        }
    }

    private static EdxmlPackage status(PackageMeta meta) {
        PackageMeta.StatusMeta s = meta.status();
        if (s == null) {
            throw new CliArgs.UsageException("--status needs a 'status:' block in the meta file");
        }
        String timestamp = s.timestamp() != null ? s.timestamp() : now();
        return EdxmlPackage.status(new StatusMessage(s.from(), s.responseFor(), s.staffInfo(),
                s.statusCode() == null ? null : new StatusCode(s.statusCode()), s.description(), timestamp));
    }

    private static EdxmlPackage document(PackageMeta meta, Path metaDir, List<String> attach) {
        MessageHeader h = meta.header();
        if (h == null) {
            throw new CliArgs.UsageException("The meta file needs a 'header:' block (or use --status)");
        }
        Business business = meta.business() != null ? meta.business() : Business.of(BusinessType.NEW, "Văn bản điện tử mới");
        List<TraceHeader> trace = meta.trace() != null ? meta.trace()
                : List.of(new TraceHeader(h.from() == null ? null : h.from().organId(), now()));
        List<Attachment> attachments = attachments(meta, metaDir, attach);
        return EdxmlPackage.document(withDocumentId(h), new TraceHeaderList(trace, business),
                attachments.stream().map(ManifestReference::of).toList(), attachments);
    }

    /** Fills in DocumentId from From, the promulgation date and the code when the meta file leaves it out. */
    private static MessageHeader withDocumentId(MessageHeader h) {
        if (h.documentId() != null || h.from() == null || h.code() == null || h.promulgationInfo() == null) {
            return h;
        }
        String id = h.from().organId() + "," + h.promulgationInfo().promulgationDate() + ","
                + h.code().codeNumber() + "/" + h.code().codeNotation();
        return new MessageHeader(h.from(), h.to(), id, h.code(), h.promulgationInfo(), h.documentType(), h.subject(),
                h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(), h.responseFor(),
                h.steeringType(), h.responseForTask(), h.applicationType());
    }

    private static List<Attachment> attachments(PackageMeta meta, Path metaDir, List<String> attach) {
        List<PackageMeta.AttachmentMeta> all = new ArrayList<>(meta.attachments() == null ? List.of() : meta.attachments());
        attach.forEach(f -> all.add(new PackageMeta.AttachmentMeta(f, null, null, null, null)));
        List<Attachment> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PackageMeta.AttachmentMeta a = all.get(i);
            Path file = i < (meta.attachments() == null ? 0 : meta.attachments().size())
                    ? metaDir.resolve(a.file()) : Path.of(a.file());
            if (a.file() == null || !Files.isRegularFile(file)) {
                throw new CliArgs.UsageException("No such attachment file: " + file);
            }
            String name = a.name() != null ? a.name() : file.getFileName().toString();
            result.add(new Attachment(a.contentId() != null ? a.contentId() : String.valueOf(i + 1), name,
                    a.description() != null ? a.description() : name,
                    a.contentType() != null ? a.contentType() : ContentTypes.guess(name), null, file, -1, null));
        }
        return result;
    }

    private static String now() {
        return ZonedDateTime.now(VIETNAM).format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"));
    }
}
