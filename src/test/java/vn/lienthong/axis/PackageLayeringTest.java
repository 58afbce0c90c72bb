package vn.lienthong.axis;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The package layering of ADR 032: the top-level packages form no cycle; {@code config} (the
 * {@code axis.*} records and the checks on them) imports no feature; {@code wiring} builds the feature
 * beans and nothing imports it.
 */
class PackageLayeringTest {
    private static final String AXIS = "vn.lienthong.axis";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.lienthong.axis");

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("vn.lienthong.axis.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The edges (api.admin, api.console, api.rest, api.soap, api.vxp) are thin over the same core and never call
     * one another: a rule that two edges need lives in the core, once (the console called the admin controllers
     * until ADR 035). They share only the api package itself and api.edge (authentication, body guards).
     */
    @Test
    void theEdgesDoNotCallOneAnother() {
        DescribedPredicate<JavaClass> sharedEdgeParts = resideInAPackage(AXIS + ".api.edge..");
        slices().matching(AXIS + ".api.(*)..").should().notDependOnEachOther()
                .ignoreDependency(sharedEdgeParts, DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), sharedEdgeParts)
                .check(MAIN);
    }

    /** The console's pages and actions in particular use the core's services, not the admin API's controllers. */
    @Test
    void theConsoleDoesNotUseTheAdminApi() {
        noClasses().that().resideInAPackage(AXIS + ".api.console..")
                .should().dependOnClassesThat().resideInAPackage(AXIS + ".api.admin..")
                .check(MAIN);
    }

    /** error and trust are plain-Java leaves: config may use them (the start-up check on SAMPLE material). */
    @Test
    void configImportsNoFeature() {
        classes().that().resideInAPackage("vn.lienthong.axis.config..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("vn.lienthong.axis..")
                        .or(resideInAnyPackage("vn.lienthong.axis.config..", "vn.lienthong.axis.error..",
                                "vn.lienthong.axis.trust..")))
                .check(MAIN);
    }

    /** A feature's own properties record (axis.console, axis.rate-limit) binds values: its package, config, error. */
    @Test
    void propertiesRecordsImportNoOtherFeature() {
        classes().that().areAnnotatedWith(ConfigurationProperties.class)
                .should(onlyHaveDependenciesWhere(DescribedPredicate.describe(
                        "the target is outside the axis, in the record's own package, config or error",
                        PackageLayeringTest::ownPackageConfigOrError)))
                .check(MAIN);
    }

    private static boolean ownPackageConfigOrError(Dependency d) {
        String target = d.getTargetClass().getPackageName();
        return !target.startsWith(AXIS + ".") || target.equals(d.getOriginClass().getPackageName())
                || target.startsWith(AXIS + ".config") || target.startsWith(AXIS + ".error");
    }

    @Test
    void nothingImportsTheWiring() {
        noClasses().that().resideOutsideOfPackage("vn.lienthong.axis.wiring..")
                .should().dependOnClassesThat().resideInAPackage("vn.lienthong.axis.wiring..")
                .check(MAIN);
    }

    /** The wiring builds the core; the edges (api) and the route beans are components of their own. */
    @Test
    void wiringBuildsTheCoreNotTheEdges() {
        noClasses().that().resideInAPackage("vn.lienthong.axis.wiring..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.axis.api..",
                        "vn.lienthong.axis.route..")
                .check(MAIN);
    }

    /** Feature beans are wired in wiring/ (or are components); config keeps only feature-free wiring. */
    @Test
    void featureWiringLivesInTheWiringPackage() {
        classes().that().areAnnotatedWith(Configuration.class).and().resideInAPackage("vn.lienthong.axis.config..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("vn.lienthong.axis..")
                        .or(resideInAnyPackage("vn.lienthong.axis.config..", "vn.lienthong.axis.error..")))
                .check(MAIN);
    }
}
