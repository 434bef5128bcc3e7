package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.view.InboxView;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The user's inbox (ADR 0025): what waits for it, as the query API computes it for this user, each item linking to
 * the console page where it is dealt with. Visiting it also refreshes the count in the navigation.
 */
@Controller
public class InboxPageController extends ConsolePage {

    private final QueryApi queries;

    public InboxPageController(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/console/inbox")
    public String inbox(Model model, ApiCall call, HttpSession session) {
        InboxView inbox = queries.inbox(call);
        InboxCount.remember(session, inbox.total());
        model.addAttribute("inbox", inbox);
        model.addAttribute("inboxCount", inbox.total());
        return "console/inbox";
    }

    /**
     * Where the console deals with an item: the approvals for a proposal (a round's page for a round's publication or its missing
     * panel scores), the representative's own page for a
     * contribution to confirm (it reads no platform page), else the platform's page.
     */
    public static String consolePath(InboxView.Item item) {
        return switch (item.kind()) {
            // a round's publication waits on the round's page, a platform's proposal in the approvals
            case "PROPOSAL_TO_APPROVE" -> item.platformId() == null && item.ref() != null
                    ? "/console/evaluation-rounds/" + item.ref() : "/console/approvals";
            case "CONTRIBUTION_TO_CONFIRM" -> "/console/enterprise";
            case "EVALUATION_TO_SCORE" -> "/console/evaluation-rounds/" + item.ref();
            default -> "/console/platforms/" + item.platformId();
        };
    }
}
