package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.security.PermittedCommands;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.support.security.PlatformOwnership;
import cn.jsedu.ledger.kernel.role.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Which commands the signed-in user may send to a platform, decided from the command side's own access policy
 * ({@link PermittedCommands}): a client (the console) shows the forms this answer names and no others. The command
 * itself is decided again when it is sent, and the aggregate's rules still apply.
 */
@RestController
@Tag(name = "Permissions", description = "Which commands the signed-in user may send, decided from the access policy")
@RequestMapping(path = "/api/v1/platforms/{platformId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class PermittedCommandsController {

    private final PermittedCommands permitted;
    private final Ids ids;
    private final PlatformOwnership ownership;

    public PermittedCommandsController(PermittedCommands permitted, Ids ids, PlatformOwnership ownership) {
        this.permitted = permitted;
        this.ids = ids;
        this.ownership = ownership;
    }

    /**
     * The user, and the platform's commands it may send as paths below {@code /api/v1/platforms/{platformId}/}
     * ({@code installments}, {@code proposals/{proposalId}/approval}); for installments, the sources it may record.
     */
    public record PermittedCommandsView(String platformId, String username, Role role, List<String> commands,
                                        List<FundingSource> installmentSources) {
    }

    @GetMapping("/permitted-commands")
    @Operation(operationId = "getPermittedCommands",
            summary = "The commands the signed-in user may send to the platform, by the access policy")
    public PermittedCommandsView permittedCommands(@PathVariable String platformId, HttpServletRequest request) {
        // a platform never declared has no commands to offer (the registry is written with its declaration)
        if (ownership.collegeOf(ids.platform(platformId).value()).isEmpty()) {
            throw new CommandRefusedException(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + platformId);
        }
        LedgerUser user = LedgerUser.current();
        PermittedCommands.Answer answer = permitted.of(platformId, request);
        return new PermittedCommandsView(platformId, user.username(), user.role(), answer.commands(),
                answer.installmentSources());
    }
}
