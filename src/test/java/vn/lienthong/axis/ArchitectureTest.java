package vn.lienthong.axis;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.UncheckedIOException;
import org.apache.camel.RuntimeCamelException;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering: the domain stays plain Java (no Spring, Camel, CXF or JMS in edxml, signature, trust
 * or error); Camel only in route/, web frameworks only in api/; failures carry catalogue codes.
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

    /** Servlet, Spring MVC/WebFlux, Spring Security's web side, CXF and JAX-WS belong to the edges. */
    @Test
    void onlyTheEdgesKnowWebFrameworks() {
        noClasses().that().resideOutsideOfPackages("..axis.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.security.web..", "org.springframework.security.config.annotation.web..",
                        "org.apache.cxf..", "jakarta.xml.ws..", "jakarta.jws..")
                .check(MAIN);
    }

    @Test
    void configurationWiresFeaturesButNoEdgeDependsBackOnWiring() {
        noClasses().that().resideInAPackage("..axis.config..")
                .should().dependOnClassesThat().resideInAnyPackage("..axis.api..", "..axis.route..")
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

    /** On the request and delivery path every failure has a catalogue code. */
    @Test
    void thePipelineThrowsCataloguedFailures() {
        noClasses().that().resideInAnyPackage("..axis.intake..", "..axis.ledger..", "..axis.delivery..",
                        "..axis.route..", "..axis.federation..")
                .should().callConstructorWhere(target(owner(type(IllegalStateException.class))))
                .orShould().callConstructorWhere(target(owner(type(UncheckedIOException.class))))
                .orShould().callConstructorWhere(target(owner(type(IllegalArgumentException.class))))
                .check(MAIN);
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
