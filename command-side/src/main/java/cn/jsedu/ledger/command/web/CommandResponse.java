package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.CommandResult;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to every command: the platform (or, for a programme's commands, the programme), the entry created (if
 * any), and that platform's or programme's version after it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResponse(String platformId, String programmeId, String entryId, long version) {

    static CommandResponse of(CommandResult result) {
        return new CommandResponse(result.platformId(), result.programmeId(), result.entryId(), result.version());
    }
}
