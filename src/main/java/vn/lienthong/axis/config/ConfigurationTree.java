package vn.lienthong.axis.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Every {@code axis.*} setting: the {@code @ConfigurationProperties} records of the application, their
 * properties (kebab-case, as written in YAML) and the defaults the records declare. The records are the
 * only place a default is written ({@code @DefaultValue}); {@link ConfigurationCheck} publishes them to
 * the environment for the route placeholders, and docs/configuration.md is checked against {@link #properties()}.
 */
public final class ConfigurationTree {
    /** A record bound under a prefix. */
    public record Root(String prefix, Class<?> type) {}

    /**
     * One property: its full name ({@code <name>} and {@code [n]} stand for map keys and list indexes) and
     * the record's {@code @DefaultValue} (null: none declared).
     */
    public record Property(String name, DefaultValue declared, Class<?> type) {
        /** The single default text ({@code 30s}, {@code axis.delivery}, empty), or null for none or a list. */
        public String text() {
            return declared != null && declared.value().length == 1 ? declared.value()[0] : null;
        }

        /** The default as docs/configuration.md writes it: {@code 30s}, {@code ""}, {@code []}, {@code (none)}. */
        public String documented() {
            if (declared == null) {
                return "(none)";
            }
            String[] v = declared.value();
            if (v.length == 1) {
                return v[0].isEmpty() ? "\"\"" : v[0];
            }
            if (v.length == 0) {
                return Map.class.isAssignableFrom(type) ? "{}" : Collection.class.isAssignableFrom(type) ? "[]" : "\"\"";
            }
            return "[" + String.join(", ", v) + "]";
        }
    }

    private static final String BASE_PACKAGE = "vn.lienthong.axis";
    /** Scanned once per class loader: the classes do not change while the JVM runs. */
    private static volatile List<Root> roots;

    private ConfigurationTree() {}

    /** The records annotated with {@code @ConfigurationProperties} under {@code vn.lienthong.axis}. */
    public static List<Root> roots() {
        List<Root> known = roots;
        if (known == null) {
            known = scan();
            roots = known;
        }
        return known;
    }

    private static List<Root> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Root> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ConfigurationTree.class.getClassLoader());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            if (type.isRecord() && annotation != null) {
                found.add(new Root(annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix(), type));
            }
        }
        found.sort((a, b) -> a.prefix().compareTo(b.prefix()));
        return List.copyOf(found);
    }

    /** Every property of every root, with its default, in name order. */
    public static List<Property> properties() {
        return properties(roots());
    }

    /** Every property of the given roots, with its default, in name order. */
    public static List<Property> properties(List<Root> roots) {
        List<Property> all = new ArrayList<>();
        for (Root root : roots) {
            walk(root.prefix(), root.type(), all);
        }
        all.sort((a, b) -> a.name().compareTo(b.name()));
        return all;
    }

    private static void walk(String prefix, Class<?> type, List<Property> out) {
        RecordComponent[] components = type.getRecordComponents();
        java.lang.reflect.Parameter[] parameters = canonicalConstructor(type, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = prefix + "." + DataObjectPropertyName.toDashedForm(c.getName());
            Class<?> element = elementRecord(c);
            if (c.getType().isRecord()) {
                walk(name, c.getType(), out);
            } else if (element != null) {
                walk(name + (Map.class.isAssignableFrom(c.getType()) ? ".<name>" : "[n]"), element, out);
            } else {
                out.add(new Property(name, parameters[i].getAnnotation(DefaultValue.class), c.getType()));
            }
        }
    }

    /** {@code @DefaultValue} sits on the canonical constructor's parameters. */
    private static java.lang.reflect.Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(java.util.Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "a record without its canonical constructor: " + type, null, e);
        }
    }

    /** The record type of a {@code Map<String, R>} or {@code List<R>} component, else null. */
    private static Class<?> elementRecord(RecordComponent c) {
        if (!(c.getGenericType() instanceof ParameterizedType p)) {
            return null;
        }
        Type[] args = p.getActualTypeArguments();
        Type last = args[args.length - 1];
        return last instanceof Class<?> k && k.isRecord() ? k : null;
    }
}
