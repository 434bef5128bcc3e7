package cn.jsedu.ledger.console;

import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The console is a client of the two APIs and nothing else (ADR 0018): it never uses the command side's or the query
 * side's code, holds no database connection and no event-store access, and reads the APIs' answers into records.
 */
@AnalyzeClasses(packages = "cn.jsedu.ledger.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

    @ArchTest
    static final ArchRule neverUsesEitherSidesCode = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("cn.jsedu.ledger.command..", "cn.jsedu.ledger.query..");

    @ArchTest
    static final ArchRule holdsNoDatabaseConnection = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.flywaydb..",
                    "org.postgresql..", "org.axonframework..");

    /** service-support is the services' infrastructure; the console takes only the ledger's user and correlation ids. */
    @ArchTest
    static final ArchRule takesFromServiceSupportOnlyTheUserAndTheCorrelationId = noClasses().should()
            .dependOnClassesThat(resideInAPackage("cn.jsedu.ledger.support..")
                    .and(not(belongToAnyOf(LedgerUser.class, Role.class, CorrelationIdFilter.class))));

    @ArchTest
    static final ArchRule answersOfTheApisAreRecords = classes().that().haveSimpleNameEndingWith("View")
            .should().beRecords();
}
