package vn.lienthong.axis.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lienthong.axis.config.AxisProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Loads the sample directory file ({@code axis.directory.sample-file}) into the database at startup,
 * leaving alone the agencies an operator has changed since (their rows are no longer owned by config).
 */
@Component
@Order(0)
public class SampleDirectoryLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SampleDirectoryLoader.class);
    private final AxisProperties props;
    private final AgencyRepository agencies;

    public SampleDirectoryLoader(AxisProperties props, AgencyRepository agencies) {
        this.props = props;
        this.agencies = agencies;
    }

    /** One entry of the file. */
    record Entry(String code, String name, String parentCode, String mode, String endpoint,
                 String signaturePolicy, Boolean local) {}

    record FileContent(List<Entry> agencies) {}

    @Override
    public void run(ApplicationArguments args) {
        String file = props.directory().sampleFile();
        if (file == null || file.isBlank()) {
            return;
        }
        List<Entry> entries = read(Path.of(file));
        int loaded = 0;
        for (Entry e : entries) {
            Agency a = toAgency(e);
            if (agencies.source(a.code()).map("config"::equals).orElse(true)) {
                agencies.upsert(a, "config");
                loaded++;
            }
        }
        log.info("Loaded {} of {} agencies from {} (the others were changed by an operator)", loaded, entries.size(), file);
    }

    static List<Entry> read(Path file) {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            FileContent content = yaml.readValue(Files.readAllBytes(file), FileContent.class);
            return content.agencies() == null ? List.of() : content.agencies();
        } catch (IOException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "cannot read directory file " + file + ": " + e.getMessage(), "axis.directory.sample-file", e);
        }
    }

    static Agency toAgency(Entry e) {
        return new Agency(e.code().trim().toUpperCase(java.util.Locale.ROOT), e.name(), e.parentCode(),
                e.local() == null || e.local(), DeliveryMode.fromWire(e.mode() == null ? "pull" : e.mode()),
                e.endpoint(), SignaturePolicy.fromWire(e.signaturePolicy() == null ? "required" : e.signaturePolicy()),
                true);
    }
}
