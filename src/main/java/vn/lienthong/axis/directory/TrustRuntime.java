package vn.lienthong.axis.directory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;
import vn.lienthong.axis.signature.EdxmlSignatureVerifier;
import vn.lienthong.axis.signature.pdf.PdfSignatureInspector;
import vn.lienthong.axis.signature.report.PackageVerifier;
import vn.lienthong.axis.signature.report.TrustChainJudge;
import vn.lienthong.axis.trust.CertificateStore;
import vn.lienthong.axis.trust.CertificateValidator;
import vn.lienthong.axis.trust.RevocationChecker;
import vn.lienthong.axis.trust.RevocationPolicy;
import vn.lienthong.axis.trust.RevocationSettings;
import vn.lienthong.axis.trust.SamplePkiGate;
import vn.lienthong.axis.trust.SignerBinding;
import vn.lienthong.axis.trust.SignerRegistry;
import vn.lienthong.axis.trust.SubjectAgencyRule;
import vn.lienthong.axis.trust.TrustAnchors;
import vn.lienthong.axis.trust.TrustService;
import vn.lienthong.axis.trust.TrustSetup;

/**
 * The trust the axis verifies with: the configured anchors plus those added through the admin API.
 * {@link #reload()} rebuilds the validator and the package verifier when anchors change; the
 * revocation checker (and its CRL/OCSP cache) is kept across reloads. Anchors added on another node
 * are picked up by {@link #refreshIfChanged()} (route housekeeping-timer-to-trust-refresh, every
 * {@code axis.trust.refresh-period}).
 */
@Component
public class TrustRuntime {
    /** One consistent set: validator, trust service and package verifier built on the same anchors. */
    public record State(TrustAnchors anchors, CertificateValidator validator, TrustService trust,
                        PackageVerifier verifier) {}

    private final AxisProperties props;
    private final Clock clock;
    private final SignerBinding binding;
    private final TrustAnchorRepository stored;
    private final RevocationChecker revocation;
    private final TrustAnchors configured;
    private final CertificateStore intermediates;
    private final SamplePkiGate samples;
    private final boolean production;
    private volatile State state;
    private volatile String loadedVersion;

    public TrustRuntime(AxisProperties props, Clock clock, SignerRegistry registry, TrustAnchorRepository stored,
                        SamplePkiGate samples, org.springframework.core.env.Environment env) {
        AxisProperties.Trust t = props.trust();
        char[] password = t.keyStorePassword().isEmpty() ? null : t.keyStorePassword().toCharArray();
        TrustSetup setup = new TrustSetup(paths(t.anchors()), paths(t.softFailAnchors()), password,
                paths(t.intermediates()), paths(t.crlFiles()), t.revocation(), RevocationSettings.defaults());
        this.props = props;
        this.clock = clock;
        this.binding = new SignerBinding(registry, subjectRule(t.subjectAgencyRule()));
        this.stored = stored;
        this.revocation = setup.revocationChecker();
        this.configured = TrustAnchors.load(setup.anchors(), password, RevocationPolicy.HARD_FAIL)
                .and(TrustAnchors.load(setup.softFailAnchors(), password, RevocationPolicy.SOFT_FAIL));
        this.intermediates = CertificateStore.load(setup.intermediates(), password);
        this.samples = samples;
        this.production = env.acceptsProfiles(org.springframework.core.env.Profiles.of("production"));
        configured.anchors().forEach(a -> samples.refuseSampleAtStartup(a.certificate(), "axis.trust anchors"));
    }

    /** True in the production profile, which checks revocation hard-fail for every anchor. */
    public boolean production() {
        return production;
    }

    public State current() {
        State s = state;
        return s != null ? s : reload();
    }

    /** The configured anchors only (the admin API lists the stored ones beside them). */
    public TrustAnchors configuredAnchors() {
        return configured;
    }

    /** Reloads if the stored anchors differ from those loaded (changed on another node); returns whether it did. */
    public boolean refreshIfChanged() {
        if (stored.version().equals(loadedVersion)) {
            return false;
        }
        reload();
        return true;
    }

    public synchronized State reload() {
        loadedVersion = stored.version();
        TrustAnchors anchors = configured;
        for (TrustAnchorRepository.StoredAnchor a : stored.all()) {
            samples.refuseSampleAtStartup(a.certificate(), "trust anchor added through the admin API");
            if (production && a.revocation() == RevocationPolicy.SOFT_FAIL) {
                throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                        "refusing to start: the stored trust anchor " + a.certificate().getSubjectX500Principal()
                                + " is soft-fail; production checks revocation hard-fail for every trust anchor");
            }
            anchors = anchors.and(TrustAnchors.of(List.of(a.certificate()), a.revocation()));
        }
        CertificateValidator validator = new CertificateValidator(anchors, intermediates, revocation, clock);
        TrustService trust = new TrustService(validator, binding);
        PackageVerifier verifier = new PackageVerifier(
                new EdxmlSignatureVerifier(props.signature().allowSha1(), clock), trust,
                new PdfSignatureInspector(new TrustChainJudge(validator), clock), clock);
        state = new State(anchors, validator, trust, verifier);
        return state;
    }

    private static Optional<SubjectAgencyRule> subjectRule(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "", "none" -> Optional.empty();
            case "o-ou-serial" -> Optional.of(SubjectAgencyRule.O_OU_SERIAL);
            default -> throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "axis.trust.subject-agency-rule must be none or o-ou-serial, not " + name,
                    "axis.trust.subject-agency-rule");
        };
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
