package cn.jsedu.ledger.kernel;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The published language depends on the JDK only; the one exception is Axon's {@code @Revision} annotation itself,
 * for every class alike (an annotated event may not bring in anything else of Axon). Events are revisioned records.
 */
@AnalyzeClasses(packages = "cn.jsedu.ledger.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    /** What a kernel class may reference: the JDK, the kernel, and the {@code @Revision} annotation type. */
    static final DescribedPredicate<JavaClass> JDK_KERNEL_OR_REVISION =
            resideInAnyPackage("java..", "cn.jsedu.ledger.kernel..").or(belongToAnyOf(Revision.class));

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes().should().onlyDependOnClassesThat(JDK_KERNEL_OR_REVISION);

    @ArchTest
    static final ArchRule eventsAreRevisionedRecords = classes().that().haveSimpleNameEndingWith("Event").and().areNotInterfaces()
            .should().beRecords().andShould().beAnnotatedWith(Revision.class);
}
