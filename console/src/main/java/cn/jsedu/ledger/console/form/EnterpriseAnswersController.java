package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.page.ConsolePage;
import cn.jsedu.ledger.kernel.id.Identifiers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The enterprise representative's page (企业投入确认, docs/adr/0022): every contribution recorded in its enterprise's
 * name, on every platform where it is a party, with the voucher the college recorded, and for each one not yet
 * answered a confirm button and a dispute form with its reason. The query API decides what it sees (its own
 * enterprise only) and the command API whether it may answer (NOT_CONTRIBUTING_ENTERPRISE,
 * CONTRIBUTION_ALREADY_ANSWERED otherwise); this page only shows their answers.
 */
@Controller
public class EnterpriseAnswersController extends ConsolePage {


    private final QueryApi queries;
    private final CommandApi commands;

    public EnterpriseAnswersController(QueryApi queries, CommandApi commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /**
     * After an answer the page is shown once the query side has applied it ({@code platform} at {@code minVersion}),
     * so the answered line no longer offers its buttons.
     */
    @GetMapping("/console/enterprise")
    public String page(@RequestParam(required = false) String platform, @RequestParam(required = false) Long minVersion,
                       Model model, ApiCall call) {
        if (platform != null && minVersion != null && Identifiers.isWellFormed(platform)) {
            queries.awaitEnterpriseContributions(platform, minVersion, call);
        }
        model.addAttribute("own", queries.ownContributions(call));
        model.addAttribute("idempotencyKey", IdempotencyKeys.fresh());
        return "console/enterprise";
    }

    @PostMapping("/console/enterprise/{platformId}/{entryId}/confirmation")
    public String confirm(@PathVariable String platformId, @PathVariable String entryId,
                          @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                          ApiCall call) {
        return answer(platformId, entryId, "confirmation", Map.of(), idempotencyKey, "notice.contributionConfirmed",
                redirect, call);
    }

    @PostMapping("/console/enterprise/{platformId}/{entryId}/dispute")
    public String dispute(@PathVariable String platformId, @PathVariable String entryId,
                          @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect,
                          ApiCall call) {
        // the command API refuses a missing or blank reason (400 naming the field); the page shows its answer
        return answer(platformId, entryId, "dispute", Map.of("reason", reason == null ? "" : reason), idempotencyKey,
                "notice.contributionDisputed", redirect, call);
    }

    private String answer(String platformId, String entryId, String command, Map<String, Object> body,
                          String idempotencyKey, String notice, RedirectAttributes redirect, ApiCall call) {
        if (!Identifiers.isWellFormed(platformId) || !Identifiers.isWellFormed(entryId)) {
            throw new ConsolePage.PageNotFound("no contribution " + entryId);
        }
        CommandOutcome outcome = commands.post("/api/v1/platforms/" + platformId + "/enterprise-contributions/" + entryId
                + "/" + command, body, IdempotencyKeys.orFresh(idempotencyKey), call);
        if (!outcome.succeeded()) {
            redirect.addFlashAttribute("problem", outcome);
            redirect.addFlashAttribute("problemEntry", entryId);
            return "redirect:/console/enterprise";
        }
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeVersion", outcome.version());
        return "redirect:/console/enterprise?platform=" + platformId + "&minVersion=" + outcome.version();
    }
}
