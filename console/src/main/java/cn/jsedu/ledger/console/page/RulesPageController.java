package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.ParameterChangeView;
import cn.jsedu.ledger.console.api.view.ProgrammeProposalView;
import cn.jsedu.ledger.console.api.view.ProgrammeRowView;
import cn.jsedu.ledger.console.api.view.ProgrammeRulesView;
import cn.jsedu.ledger.console.form.RuleChangeForm;
import cn.jsedu.ledger.console.words.Catalogue;
import cn.jsedu.ledger.console.words.ParameterWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The programmes' rules (issue 15 part 4, ADR 0019): for each programme the user may see, the parameters in force
 * today, the rule changes waiting for a second administrator (with the forms to propose, approve, send back or
 * withdraw one: {@link cn.jsedu.ledger.console.form.RuleChangeController}) and their history of four-eyes rule
 * changes, as the query API answers them to this user (every role that reads a platform reads the rules; a role the
 * API refuses sees the console's refusal page).
 */
@Controller
public class RulesPageController extends ConsolePage {

    private final QueryApi queries;
    private final Reads reads;
    private final ParameterWords words;

    public RulesPageController(QueryApi queries, Reads reads, MessageSource messages) {
        this.queries = queries;
        this.reads = reads;
        this.words = new ParameterWords(new Catalogue(messages));
    }

    @GetMapping("/console/rules")
    public String rules(Model model, Locale locale, ApiCall call) {
        List<ProgrammeRowView> programmes = queries.programmes(call);
        List<CompletableFuture<ProgrammeRulesView>> views = programmes.stream()
                .map(p -> reads.start(() -> queries.programmeRules(p.programmeId(), call))).toList();
        List<CompletableFuture<List<ParameterChangeView>>> changes = programmes.stream()
                .map(p -> reads.start(() -> queries.parameterChanges(p.programmeId(), call))).toList();
        List<CompletableFuture<List<ProgrammeProposalView>>> proposals = programmes.stream()
                .map(p -> reads.start(() -> proposalsIfReadable(p.programmeId(), call))).toList();
        model.addAttribute("programmes", IntStream.range(0, programmes.size())
                .mapToObj(i -> ProgrammeRules.of(Reads.join(views.get(i)), Reads.join(changes.get(i)),
                        Reads.join(proposals.get(i)), words, locale))
                .toList());
        model.addAttribute("ruleParameters", RuleChangeForm.parameters().stream()
                .map(n -> new ProgrammeRules.Parameter(n, words.label(n, locale), null)).toList());
        // one key per page shown: a proposal sent twice (a double click, a retry) is recorded once
        model.addAttribute("ruleChangeKey", "console-rule-" + UUID.randomUUID());
        return "console/rules";
    }

    /**
     * The proposals, for the roles the query API lets read them (administrators, finance officers, auditors); a role
     * it refuses (403) sees the rules without the pending changes, as it would through the API.
     */
    private List<ProgrammeProposalView> proposalsIfReadable(String programmeId, ApiCall call) {
        try {
            return queries.programmeProposals(programmeId, call);
        } catch (ApiProblem e) {
            if (e.status() == 403) {
                return List.of();
            }
            throw e;
        }
    }
}
