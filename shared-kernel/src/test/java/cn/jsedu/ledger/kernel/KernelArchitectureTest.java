package cn.jsedu.ledger.kernel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The published language depends on the JDK only (plus Axon's {@code @Revision}); events are revisioned records. */
@AnalyzeClasses(packages = "cn.jsedu.ledger.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "cn.jsedu.ledger.kernel..")
            .orShould().dependOnClassesThat().belongToAnyOf(Revision.class);

    @ArchTest
    static final ArchRule eventsAreRevisionedRecords = classes().that().haveSimpleNameEndingWith("Event").and().areNotInterfaces()
            .should().beRecords().andShould().beAnnotatedWith(Revision.class);
}
