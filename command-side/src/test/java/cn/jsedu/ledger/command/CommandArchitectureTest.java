package cn.jsedu.ledger.command;

import cn.jsedu.ledger.command.platform.Platform;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.modelling.command.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command side's shape: it never sees the query side, commands are records, web only uses the gateway. */
@AnalyzeClasses(packages = "cn.jsedu.ledger.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandArchitectureTest {

    @ArchTest
    static final ArchRule neverImportsTheQuerySide = noClasses().should().dependOnClassesThat()
            .resideInAPackage("cn.jsedu.ledger.query..");

    @ArchTest
    static final ArchRule commandsAreRecords = classes().that().haveSimpleNameEndingWith("Command")
            .should().beRecords();

    @ArchTest
    static final ArchRule webDoesNotTouchAggregatesOrTables = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().belongToAnyOf(Platform.class, Repository.class,
                    org.springframework.jdbc.core.JdbcTemplate.class);

    /** The aggregate is composed, never split into a chain of superclasses that share mutable state. */
    @ArchTest
    static final ArchRule theAggregateIsComposedNotInherited = classes().that().resideInAPackage("..command.platform..")
            .and().areNotAssignableTo(Throwable.class).and().areNotEnums().and().areNotRecords()
            .should(new ArchCondition<>("extend nothing but Object") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String superclass = item.getRawSuperclass().map(JavaClass::getName).orElse(Object.class.getName());
                    events.add(new SimpleConditionEvent(item, superclass.equals(Object.class.getName()),
                            item.getName() + " extends " + superclass));
                }
            });

    @ArchTest
    static final ArchRule noClockReadsInTheDomain = noClasses().that().resideInAnyPackage("..platform..",
                    "..evaluation..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now");
}
