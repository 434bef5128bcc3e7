package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.query.inbox.Inbox;
import cn.jsedu.ledger.query.inbox.InboxView;
import cn.jsedu.ledger.support.security.LedgerUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's inbox: what waits for it, computed from the ledger as of today (ADR 0025). */
@RestController
@Tag(name = "Signed-in user", description = "The user the request's credentials belong to")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class InboxController {

    private final Inbox inbox;

    public InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/me/inbox")
    @Operation(operationId = "getInbox", summary = "What waits for the signed-in user: reports due or overdue, "
            + "proposals to approve, findings to answer or close, contributions to confirm, arrivals behind plan, "
            + "construction periods ending, evaluation rounds with panel scores to enter; with the count of each kind")
    public InboxView inbox() {
        return inbox.of(LedgerUser.current());
    }
}
