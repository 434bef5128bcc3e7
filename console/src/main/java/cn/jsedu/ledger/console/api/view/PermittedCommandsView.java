package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.util.List;

/**
 * The command API's answer to {@code GET /api/v1/platforms/{id}/permitted-commands}: the platform's commands the
 * signed-in user may send, as paths below the platform ({@code installments}, {@code proposals/{proposalId}/approval}),
 * and the funding sources it may record installments of.
 */
public record PermittedCommandsView(String platformId, String username, String role, List<String> commands,
                                    List<FundingSource> installmentSources) {

    public PermittedCommandsView {
        commands = commands == null ? List.of() : List.copyOf(commands);
        installmentSources = installmentSources == null ? List.of() : List.copyOf(installmentSources);
    }

    public boolean allows(String command) {
        return commands.contains(command);
    }
}
