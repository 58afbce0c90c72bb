package vn.lienthong.axis.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Refuses to start with unsafe or incomplete settings, before anything is opened. Runs as an
 * {@link EnvironmentPostProcessor} so the message names the missing setting instead of a bean failure.
 */
public class StartupSafetyCheck implements EnvironmentPostProcessor {
    /** The shortest admin token production accepts. */
    static final int MIN_ADMIN_TOKEN = 32;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        List<String> problems = new ArrayList<>();
        Settings settings = Settings.of(env);
        boolean samplesAllowed = env.acceptsProfiles(org.springframework.core.env.Profiles.of("local", "test"));
        if (env.acceptsProfiles(org.springframework.core.env.Profiles.of("production"))) {
            problems.addAll(productionProblems(env, settings));
        }
        problems.addAll(brokerProblems(env, settings.axis()));
        problems.addAll(TlsStartupCheck.problems(env, settings.tls()));
        if (!samplesAllowed) {
            problems.addAll(sampleKeyProblems(settings));
            problems.addAll(SampleMaterialCheck.problems(env, settings.axis()));
        }
        if (!problems.isEmpty()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "refusing to start:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The records the checks read (bound here, before the application context exists). */
    record Settings(AxisProperties axis, TlsProperties tls, String vxpSecretKey) {
        static Settings of(ConfigurableEnvironment env) {
            Binder binder = Binder.get(env);
            return new Settings(binder.bindOrCreate("axis", AxisProperties.class),
                    binder.bindOrCreate("axis.tls", TlsProperties.class),
                    binder.bindOrCreate("axis.vxp", VxpFacadeProperties.class).secretKey());
        }
    }

    static List<String> productionProblems(ConfigurableEnvironment env, Settings settings) {
        AxisProperties.Trust trust = settings.axis().trust();
        List<String> p = new ArrayList<>();
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            p.add("spring.datasource.url (env AXIS_DATABASE_URL) is not set: production needs a PostgreSQL database");
        } else if (url.startsWith("jdbc:h2:")) {
            p.add("spring.datasource.url points to H2: production needs a PostgreSQL database");
        }
        if (trust.anchors().isEmpty()) {
            p.add("axis.trust.anchors (env AXIS_TRUST_ANCHORS) is empty: configure the trusted root certificates");
        }
        if (settings.axis().signing().keyStore().isBlank()) {
            p.add("axis.signing.key-store (env AXIS_SIGNING_KEY_STORE) is not set: configure the axis signing key");
        }
        if (settings.vxpSecretKey().isBlank()) {
            p.add("axis.vxp.secret-key (env AXIS_VXP_SECRET_KEY) is not set: the VXP secrets are encrypted with it");
        }
        if (trust.allowSamplePki()) {
            p.add("axis.trust.allow-sample-pki=true is not allowed in production");
        }
        if (!trust.revocation()) {
            p.add("axis.trust.revocation=false: production checks revocation");
        }
        if (!trust.softFailAnchors().isEmpty()) {
            p.add("axis.trust.soft-fail-anchors is set: production checks revocation hard-fail for every trust anchor");
        }
        if (settings.axis().admin().token().trim().length() < MIN_ADMIN_TOKEN) {
            p.add("axis.admin.token (env AXIS_ADMIN_TOKEN) is shorter than " + MIN_ADMIN_TOKEN
                    + " characters: use a long random token, e.g. openssl rand -base64 32");
        }
        p.addAll(TlsStartupCheck.productionProblems(env, settings.tls()));
        return p;
    }

    static List<String> brokerProblems(ConfigurableEnvironment env, AxisProperties axis) {
        List<String> p = new ArrayList<>();
        String mode = env.getProperty("spring.artemis.mode", "embedded");
        if ("embedded".equals(mode) && !env.getProperty("spring.artemis.embedded.persistent", Boolean.class, true)) {
            p.add("spring.artemis.embedded.persistent=false: the broker must keep messages on disk");
        }
        if (axis.broker().deadLetterAddress().isBlank()) {
            p.add("axis.broker.dead-letter-address is empty: failed deliveries need a dead-letter address");
        }
        return p;
    }

    static List<String> sampleKeyProblems(Settings settings) {
        AxisProperties.Trust trust = settings.axis().trust();
        List<String> p = new ArrayList<>();
        if (trust.allowSamplePki()) {
            p.add("axis.trust.allow-sample-pki=true outside the local/test profiles");
        }
        if ("sample-admin-token".equals(settings.axis().admin().token())) {
            p.add("axis.admin.token is the SAMPLE token: set AXIS_ADMIN_TOKEN");
        }
        if (VxpFacadeProperties.SAMPLE_SECRET_KEY.equals(settings.vxpSecretKey().strip())) {
            p.add("axis.vxp.secret-key is the SAMPLE key: set AXIS_VXP_SECRET_KEY");
        }
        List<String> paths = new ArrayList<>(trust.anchors());
        paths.addAll(trust.softFailAnchors());
        paths.addAll(trust.intermediates());
        paths.add(settings.axis().signing().keyStore());
        for (String path : paths) {
            if (path.contains("certs-sample") || path.contains("sample-")) {
                p.add("sample key material " + path + " is only allowed in the local/test profiles");
            }
        }
        return p;
    }
}
