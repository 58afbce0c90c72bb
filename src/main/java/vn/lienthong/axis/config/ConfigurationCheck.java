package vn.lienthong.axis.config;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Binds every {@code axis.*} record once the configuration files are loaded, before anything is opened:
 * a value that does not convert or breaks a record's constraints stops startup with a message naming the
 * property. Then publishes the records' defaults as the lowest-precedence property source, so that
 * {@code {{axis.…}}} placeholders in the routes and {@code ${axis.…}} in application.yml see the same
 * defaults as the Java code (written once, in the records).
 */
public class ConfigurationCheck implements EnvironmentPostProcessor, Ordered {
    static final String DEFAULTS_SOURCE = "axisDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        List<ConfigurationTree.Root> roots = ConfigurationTree.roots();
        List<String> problems = problems(Binder.get(env), roots);
        if (!problems.isEmpty()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID,
                    "refusing to start, invalid settings:\n  - " + String.join("\n  - ", problems));
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (ConfigurationTree.Property p : ConfigurationTree.properties(roots)) {
            if (p.text() != null && !p.name().contains("<") && !p.name().contains("[")) {
                defaults.put(p.name(), p.text());
            }
        }
        env.getPropertySources().addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults));
    }

    /** What is wrong with the settings, one line per property ("axis.x.y: reason"). */
    static List<String> problems(Binder binder, List<ConfigurationTree.Root> roots) {
        List<String> problems = new ArrayList<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ConfigurationTree.Root root : roots) {
                try {
                    Object bound = binder.bindOrCreate(root.prefix(), root.type());
                    for (ConstraintViolation<Object> v : validator.validate(bound)) {
                        problems.add(root.prefix() + "." + dashed(v.getPropertyPath()) + ": " + v.getMessage()
                                + " (was " + v.getInvalidValue() + ")");
                    }
                } catch (BindException e) {
                    problems.add(e.getName() + ": " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                }
            }
        }
        return problems;
    }

    private static String dashed(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                name.append(node.getKey() != null ? "." + node.getKey() : "[" + node.getIndex() + "]");
            }
            if (node.getName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(DataObjectPropertyName.toDashedForm(node.getName()));
            }
        }
        return name.toString();
    }

    /** After the configuration files are loaded; before the TLS derivation and {@link StartupSafetyCheck}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
