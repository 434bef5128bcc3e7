package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ComplianceView;
import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.console.api.view.ProposalView;
import cn.jsedu.ledger.console.api.view.ReadinessView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The console's words for what the APIs answer as codes and figures, for templates ({@code ${@words.finding(f,
 * compliance, #locale)}}) and controllers: problem codes and field errors, compliance findings, readiness items,
 * amounts in yuan. One catalogue, zh and en ({@code i18n/console-words*.properties}).
 */
@Component("words")
public class ConsoleWords {

    private final Catalogue catalogue;
    private final FindingWords findings;
    private final ReadinessWords readiness;
    private final ProblemWords problems;
    private final ProposalWords proposals;
    private final WarningWords warnings;

    public ConsoleWords(MessageSource messages) {
        this.catalogue = new Catalogue(messages);
        this.findings = new FindingWords(catalogue);
        this.readiness = new ReadinessWords(catalogue);
        this.problems = new ProblemWords(catalogue);
        this.proposals = new ProposalWords(catalogue);
        this.warnings = new WarningWords(catalogue);
    }

    /** What is wrong with a platform, for the finance office's 预警 list ({@code warning.CODE}). */
    public String warning(String code, ProgrammeComplianceView.Row row, String minimumTotal, Locale locale) {
        return warnings.sentence(code, row, minimumTotal, locale);
    }

    /** A 预警 level in words, so it is never told by its colour alone. */
    public String warningLevel(String level, Locale locale) {
        return warnings.level(level, locale);
    }

    /** What a pending proposal would change, and on what authority. */
    public String proposal(ProposalView proposal, Locale locale) {
        return proposals.summary(proposal, locale);
    }

    /** Any message of the catalogues (the console's text, its words, the ledger's values). */
    public String text(String key, Locale locale, Object... args) {
        return catalogue.text(key, locale, args);
    }

    public String yuan(String decimal, Locale locale) {
        return catalogue.yuan(decimal, locale);
    }

    public String finding(ComplianceView.Finding finding, ComplianceView view, Locale locale) {
        return findings.sentence(finding, view, locale);
    }

    public String itemValue(ReadinessView.Item item, Locale locale) {
        return readiness.value(item, locale);
    }

    public String itemThreshold(ReadinessView.Item item, Locale locale) {
        return readiness.threshold(item, locale);
    }

    public String problem(String code, Locale locale) {
        return problems.problem(code, locale);
    }

    public String fieldProblem(String label, String type, String message, String problemCode, String problemDetail,
                               Locale locale) {
        return problems.field(label, type, message, problemCode, problemDetail, locale);
    }
}
