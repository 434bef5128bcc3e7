package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the credentials of the request belong to, as the ledger sees them. The console checks a login with it instead
 * of keeping a user list of its own: the services' users (or tokens) are the only ones.
 */
@RestController
@Tag(name = "Signed-in user", description = "The user the request's credentials belong to")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class SignedInUserController {

    /**
     * The user's name, role and, for a college officer, the code of its college; for an enterprise representative,
     * the credit code of its enterprise; for a user scoped to one programme, that programme (null: every programme).
     */
    public record SignedInUserView(String username, Role role, String college, String enterprise, String programme) {
    }

    @GetMapping("/me")
    @Operation(operationId = "getSignedInUser",
            summary = "The signed-in user: name, role, and the college, enterprise or programme it is bound to")
    public SignedInUserView me() {
        LedgerUser user = LedgerUser.current();
        return new SignedInUserView(user.username(), user.role(), user.college(), user.enterprise(), user.programme());
    }
}
