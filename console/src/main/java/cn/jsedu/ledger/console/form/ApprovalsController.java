package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.view.ProposalView;
import cn.jsedu.ledger.console.page.ConsolePage;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The administrators' approvals inbox: every proposal of the programme waiting for a second administrator, who
 * proposed what and why (the query API's pending proposals), with what each one may do: approve another's proposal,
 * send it back (the API's withdrawal, with a reason), or withdraw one's own. The proposer gets no approve button; the
 * command API decides again (four eyes) when the action is sent.
 */
@Controller
public class ApprovalsController extends ConsolePage {

    static final int SIZE = 200;

    private final QueryApi queries;
    private final CommandApi commands;

    public ApprovalsController(QueryApi queries, CommandApi commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/console/approvals")
    public String inbox(@RequestParam(required = false) String platform, @RequestParam(required = false) Long minVersion,
                        Model model, ApiCall call) {
        if (platform != null && minVersion != null && Identifiers.isWellFormed(platform)) {
            // after an approval or a withdrawal here: the platform's proposals at that version first (read your write)
            queries.proposals(platform, minVersion, call);
        }
        List<ProposalView> pending = queries.pendingProposals(SIZE, call).stream()
                .sorted(Comparator.comparing(ProposalView::proposedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("pending", pending);
        return "console/approvals";
    }

    /** Withdrawn by its proposer, or sent back by another administrator: the API's withdrawal, with the reason. */
    @PostMapping("/console/platforms/{platformId}/proposals/{proposalId}/withdrawal")
    public String withdraw(@PathVariable String platformId, @PathVariable String proposalId,
                           @RequestParam(required = false) String reason,
                           @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                           ApiCall call) {
        if (!Identifiers.isWellFormed(platformId) || !Identifiers.isWellFormed(proposalId)) {
            throw new ConsolePage.PageNotFound("no proposal " + proposalId);
        }
        CommandOutcome outcome = commands.post("/api/v1/platforms/" + platformId + "/proposals/" + proposalId
                        + "/withdrawal", reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()),
                IdempotencyKeys.orFresh(idempotencyKey), call);
        if (!outcome.succeeded()) {
            redirect.addFlashAttribute("problem", outcome);
            return "redirect:/console/approvals";
        }
        redirect.addFlashAttribute("notice", "notice.withdrawn");
        redirect.addFlashAttribute("noticeVersion", outcome.version());
        return inbox(platformId, outcome);
    }

    /** Back to the inbox, as of the platform's version after the action. */
    static String inbox(String platformId, CommandOutcome outcome) {
        return "redirect:/console/approvals" + (outcome.version() == null ? ""
                : "?platform=" + platformId + "&minVersion=" + outcome.version());
    }
}
