package cn.jsedu.ledger.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The query side never sees the command side; read models are served from read models (only the audit package
 * reads the event store per request); views and queries are records.
 */
@AnalyzeClasses(packages = "cn.jsedu.ledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryArchitectureTest {

    @ArchTest
    static final ArchRule neverImportsTheCommandSide = noClasses().should().dependOnClassesThat()
            .resideInAPackage("cn.jsedu.ledger.command..");

    @ArchTest
    static final ArchRule readModelsAreServedWithoutReadingEvents = noClasses()
            .that().resideInAnyPackage("cn.jsedu.ledger.query.balance..", "cn.jsedu.ledger.query.compliance..",
                    "cn.jsedu.ledger.query.programme..", "cn.jsedu.ledger.query.readiness..",
                    "cn.jsedu.ledger.query.reporting..", "cn.jsedu.ledger.query.platform..",
                    "cn.jsedu.ledger.query.ledger..")
            .should().dependOnClassesThat().resideInAPackage("cn.jsedu.ledger.query.eventstream..");

    /**
     * The bulk rebuild runs the read-model projections against staging tables by routing their writes
     * (ReadModelWriter, ADR 0006): a projection that read or wrote the database on its own would read the live
     * tables mid-rebuild, or write around the staging ones.
     */
    @ArchTest
    static final ArchRule readModelProjectionsTouchTheDatabaseOnlyThroughTheWriter = noClasses()
            .that().areAnnotatedWith(org.axonframework.config.ProcessingGroup.class)
            .should().dependOnClassesThat().areAssignableTo(org.springframework.jdbc.core.JdbcOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(javax.sql.DataSource.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.sql.Connection.class);

    @ArchTest
    static final ArchRule viewsAreRecords = classes().that().haveSimpleNameEndingWith("View").should().beRecords();
}
