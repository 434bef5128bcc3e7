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
 * Four eyes in the console: a second province administrator approves a pending proposal. The command API decides
 * who may (its answer, a refusal included, comes back to the platform page).
 */
@Controller
public class ProposalActionController extends ConsolePage {


    private final CommandApi commands;

    public ProposalActionController(CommandApi commands) {
        this.commands = commands;
    }

    @PostMapping("/console/platforms/{platformId}/proposals/{proposalId}/approval")
    public String approve(@PathVariable String platformId, @PathVariable String proposalId,
                          @RequestParam(required = false) String idempotencyKey,
                          @RequestParam(required = false) String back, RedirectAttributes redirect,
                          ApiCall call) {
        if (!Identifiers.isWellFormed(platformId) || !Identifiers.isWellFormed(proposalId)) {
            throw new ConsolePage.PageNotFound("no proposal " + proposalId);
        }
        CommandOutcome outcome = commands.post("/api/v1/platforms/" + platformId + "/proposals/" + proposalId
                + "/approval", Map.of(), IdempotencyKeys.orFresh(idempotencyKey), call);
        // from the approvals inbox, back to it; from the platform page, to the platform at its new version
        boolean inbox = "approvals".equals(back);
        if (!outcome.succeeded()) {
            redirect.addFlashAttribute("problem", outcome);
            return inbox ? "redirect:/console/approvals" : "redirect:/console/platforms/" + platformId;
        }
        redirect.addFlashAttribute("notice", "notice.approved");
        redirect.addFlashAttribute("noticeVersion", outcome.version());
        return inbox ? ApprovalsController.inbox(platformId, outcome)
                : "redirect:/console/platforms/" + platformId + "?minVersion=" + outcome.version();
    }
}
