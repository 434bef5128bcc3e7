package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.CommandResult;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to every command: the platform, the entry created (if any), the platform's version after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResponse(String platformId, String entryId, long version) {

    static CommandResponse of(CommandResult result) {
        return new CommandResponse(result.platformId(), result.entryId(), result.version());
    }
}
