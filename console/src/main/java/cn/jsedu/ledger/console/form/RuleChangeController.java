package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import cn.jsedu.ledger.console.page.ConsolePage;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * Four eyes on the rules in the console (issue 15 part 4, ADR 0019): one province administrator proposes a rule change
 * on the rules page, another approves it or sends it back, the proposer may withdraw it. Each action is the command
 * API's; the console decides nothing: its answer (a refusal included, e.g. FOUR_EYES_REQUIRED for one's own proposal)
 * comes back to the rules page.
 */
@Controller
public class RuleChangeController extends ConsolePage {


    private final CommandApi commands;

    public RuleChangeController(CommandApi commands) {
        this.commands = commands;
    }

    @PostMapping("/console/programmes/{programmeId}/parameter-changes")
    public String propose(@PathVariable String programmeId, @RequestParam(required = false) String effectiveFrom,
                          @RequestParam(required = false) String parameter,
                          @RequestParam(required = false) String value,
                          @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String decisionRef,
                          @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                          ApiCall call) {
        requireId(programmeId);
        CommandOutcome outcome = commands.post("/api/v1/programmes/" + programmeId + "/parameter-changes",
                RuleChangeForm.body(effectiveFrom, parameter, value, reason, decisionRef),
                IdempotencyKeys.orFresh(idempotencyKey), call);
        return back(outcome, "notice.ruleChangeProposed", programmeId, redirect);
    }

    @PostMapping("/console/programmes/{programmeId}/proposals/{proposalId}/approval")
    public String approve(@PathVariable String programmeId, @PathVariable String proposalId,
                          @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                          ApiCall call) {
        requireId(programmeId);
        requireId(proposalId);
        CommandOutcome outcome = commands.post("/api/v1/programmes/" + programmeId + "/proposals/" + proposalId
                + "/approval", Map.of(), IdempotencyKeys.orFresh(idempotencyKey), call);
        return back(outcome, "notice.ruleChangeApproved", programmeId, redirect);
    }

    /** Withdrawn by its proposer, or sent back by another administrator, with the reason. */
    @PostMapping("/console/programmes/{programmeId}/proposals/{proposalId}/withdrawal")
    public String withdraw(@PathVariable String programmeId, @PathVariable String proposalId,
                           @RequestParam(required = false) String reason,
                           @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                           ApiCall call) {
        requireId(programmeId);
        requireId(proposalId);
        CommandOutcome outcome = commands.post("/api/v1/programmes/" + programmeId + "/proposals/" + proposalId
                        + "/withdrawal", reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()),
                IdempotencyKeys.orFresh(idempotencyKey), call);
        return back(outcome, "notice.ruleChangeWithdrawn", programmeId, redirect);
    }

    private static void requireId(String id) {
        if (!Identifiers.isWellFormed(id)) {
            throw new ConsolePage.PageNotFound("no programme or proposal " + id);
        }
    }

    private static String back(CommandOutcome outcome, String notice, String programmeId, RedirectAttributes redirect) {
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeVersion", outcome.version());
        } else {
            redirect.addFlashAttribute("problem", outcome);
        }
        return "redirect:/console/rules#programme-" + programmeId;
    }
}
