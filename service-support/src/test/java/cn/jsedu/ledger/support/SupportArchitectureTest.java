package cn.jsedu.ledger.support;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** What both sides share depends on neither: each side contributes what differs as beans, never as imports. */
@AnalyzeClasses(packages = "cn.jsedu.ledger.support", importOptions = ImportOption.DoNotIncludeTests.class)
class SupportArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNeitherSide = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("cn.jsedu.ledger.command..", "cn.jsedu.ledger.query..");
}
