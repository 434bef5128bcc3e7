package cn.jsedu.ledger.kernel;

import cn.jsedu.ledger.kernel.archfixture.CleanEvent;
import cn.jsedu.ledger.kernel.archfixture.LeakyEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDK-only rule itself, on fixtures outside the kernel's packages: {@code @Revision} is no pass for anything
 * else. The earlier rule ("only the JDK and the kernel, or depends on {@code Revision}") let any annotated class
 * depend on anything, so an event record with an Axon {@code MetaData} field passed.
 */
class KernelArchitectureRuleTest {

    private static final JavaClasses LEAKY = new ClassFileImporter().importClasses(LeakyEvent.class);
    private static final JavaClasses CLEAN = new ClassFileImporter().importClasses(CleanEvent.class);

    @Test
    void anAnnotatedEventWithAnAxonFieldBreaksTheRule() {
        EvaluationResult result = KernelArchitectureTest.dependsOnTheJdkOnly.evaluate(LEAKY);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("LeakyEvent").contains("org.axonframework.messaging.MetaData"));
        assertThat(result.getFailureReport().getDetails()).noneSatisfy(line ->
                assertThat(line).contains("org.axonframework.serialization.Revision"));
    }

    @Test
    void theRevisionAnnotationAloneIsAllowed() {
        assertThat(KernelArchitectureTest.dependsOnTheJdkOnly.evaluate(CLEAN).hasViolation()).isFalse();
    }

    @Test
    void theEarlierFormulationMissedIt() {
        ArchRule earlier = classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "cn.jsedu.ledger.kernel..")
                .orShould().dependOnClassesThat().belongToAnyOf(Revision.class);

        assertThat(earlier.evaluate(LEAKY).hasViolation()).isFalse();
    }
}
