package vn.lienthong.axis;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callConstructorWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The layering (ADR 032): the domain stays plain Java (no Spring, Camel, CXF or JMS in edxml, signature,
 * trust or error); Camel only in route/, web frameworks only in api/; failures carry catalogue codes.
 * The package rules (no cycle, config imports no feature) are in {@link PackageLayeringTest}.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.lienthong.axis");

    @Test
    void domainPackagesDoNotDependOnFrameworks() {
        noClasses().that().resideInAnyPackage("..axis.edxml..", "..axis.signature..", "..axis.trust..",
                        "..axis.error..", "..axis.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                        "org.apache.cxf..", "jakarta.jms..", "org.apache.activemq..")
                .check(MAIN);
    }

    @Test
    void onlyTheRoutePackageKnowsCamel() {
        noClasses().that().resideOutsideOfPackages("..axis.route..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..")
                .check(MAIN);
    }

    /**
     * Inside route/, Camel is known by the {@code *Step} beans the route files name and by the few classes
     * that stand between Camel and the core: the edges' gateway into the intake route, the ledger's
     * delivery publisher (a producer on the delivery queue), the refusal log, route states and their metrics,
     * and the SOAP edge's camel-cxf endpoint (ADR 033).
     */
    @Test
    void camelIsKnownOnlyByStepsAndTheRouteInfrastructure() {
        classes().that().resideInAPackage("..axis.route..").and().doNotHaveSimpleName("IntakeGateway")
                .and().doNotHaveSimpleName("JmsDeliveryPublisher").and().doNotHaveSimpleName("RefusalLog")
                .and().doNotHaveSimpleName("RouteStates").and().doNotHaveSimpleName("RouteStatusMetrics")
                .and().doNotHaveSimpleName("SoapEdgeConfiguration")
                .and().haveSimpleNameNotEndingWith("Step")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.apache.camel..")
                .check(MAIN);
    }

    /**
     * Servlet, Spring MVC/WebFlux, Spring's HTTP types, Spring Security's web side, CXF, JAX-WS and JAX-RS
     * belong to the edges (api/, including the console's web UI in api/console). The console's core
     * (package console: accounts, roles, read models) is not web; it may hash passwords with Spring
     * Security's crypto, which is not a web framework. The one class outside api/ that names CXF is the SOAP
     * edge's camel-cxf endpoint in route/ (ADR 033), which hands the CXF bus and the edge's interceptors to Camel.
     */
    @Test
    void onlyTheEdgesKnowWebFrameworks() {
        noClasses().that().resideOutsideOfPackages("..axis.api..")
                .and().doNotHaveFullyQualifiedName("vn.lienthong.axis.route.SoapEdgeConfiguration")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.http..", "org.springframework.boot.web..",
                        "org.springframework.security.web..", "org.springframework.security.config.annotation.web..",
                        "org.springframework.security.oauth2..", "org.apache.cxf..", "jakarta.xml.ws..",
                        "jakarta.jws..", "jakarta.ws.rs..")
                .check(MAIN);
    }

    /** Failures carry a catalogue code: AxisException, never a bare RuntimeException or Camel's wrapper. */
    @Test
    void noBareRuntimeExceptionsAreThrown() {
        noClasses().that().areNotAssignableTo(RuntimeException.class)
                .should().callConstructorWhere(target(owner(type(RuntimeException.class))))
                .orShould().callConstructorWhere(target(owner(type(RuntimeCamelException.class))))
                .check(MAIN);
    }

    /**
     * Every Spring-side package (the edges, the pipeline, the jobs, the wiring) reports failures with a
     * catalogue code: no IllegalStateException, IllegalArgumentException, UncheckedIOException or
     * UnsupportedOperationException (INTERNAL_ERROR and CONFIGURATION_INVALID exist for the impossible
     * and the misconfigured). Two exceptions, by contract: a {@code @ConfigurationProperties} record (and
     * the records of config/) refuses a bound value with IllegalArgumentException, which the binder reports
     * with the property's name and ConfigurationCheck turns into CONFIGURATION_INVALID; and the plain-Java
     * libraries (edxml, signature, trust, cli), usable without the axis, keep the JDK's exceptions for
     * programming errors and I/O while their refusals of a package are AxisExceptions already.
     */
    @Test
    void featureCodeThrowsCataloguedFailures() {
        noClasses().that().resideInAnyPackage("..axis.api..", "..axis.console..", "..axis.delivery..",
                        "..axis.directory..", "..axis.duties..", "..axis.evidence..", "..axis.federation..",
                        "..axis.intake..", "..axis.jobs..", "..axis.ledger..", "..axis.ops..", "..axis.ratelimit..",
                        "..axis.retention..", "..axis.route..", "..axis.wiring..")
                .and().areNotAnnotatedWith(ConfigurationProperties.class)
                .should(constructAny(UNCATALOGUED))
                .check(MAIN);
        noClasses().that().resideInAPackage("..axis.config..").and().areNotAssignableTo(Record.class)
                .should(constructAny(UNCATALOGUED))
                .check(MAIN);
    }

    private static final List<Class<? extends RuntimeException>> UNCATALOGUED = List.of(IllegalStateException.class,
            IllegalArgumentException.class, UncheckedIOException.class, UnsupportedOperationException.class);

    private static ArchCondition<JavaClass> constructAny(List<Class<? extends RuntimeException>> types) {
        ArchCondition<JavaClass> condition = null;
        for (Class<? extends RuntimeException> type : types) {
            ArchCondition<JavaClass> one = callConstructorWhere(target(owner(type(type))));
            condition = condition == null ? one : condition.or(one);
        }
        return condition;
    }

    @Test
    void theCoreDoesNotKnowTheBrokerOrCamel() {
        noClasses().that().resideInAnyPackage("..axis.ledger..", "..axis.delivery..", "..axis.intake..",
                        "..axis.directory..", "..axis.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "jakarta.jms..",
                        "org.apache.activemq..")
                .check(MAIN);
    }
}
