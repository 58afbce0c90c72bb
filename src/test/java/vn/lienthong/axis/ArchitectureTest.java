package vn.lienthong.axis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays plain Java: no Spring, Camel, CXF or JMS in edxml, signature, trust or error. */
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
        noClasses().that().resideOutsideOfPackages("..axis.route..", "..axis.config..", "..axis.ops..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..")
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
