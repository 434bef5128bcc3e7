package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.evaluation.RoundIds;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** New ids for what the client did not name, and path ids checked before they reach the aggregate. */
@Component
public class Ids {

    public String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * A path id that cannot be a programme id names no programme: 404, not 400. Nor does a round's id ({@code EVAL-},
     * ADR 0026): the event store would load the round's events into a programme.
     */
    public ProgrammeId programme(String pathId) {
        if (RoundIds.isRoundId(pathId)) {
            throw new CommandRefusedException(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + pathId);
        }
        try {
            return ProgrammeId.of(pathId);
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + pathId);
        }
    }

    /** A path id that cannot be a platform id names no platform: 404, not 400. Nor does a round's id ({@code EVAL-}). */
    public PlatformId platform(String pathId) {
        if (RoundIds.isRoundId(pathId)) {
            throw new CommandRefusedException(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + pathId);
        }
        try {
            return PlatformId.of(pathId);
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + pathId);
        }
    }

    /** A path id that cannot be a round id ({@code EVAL-…}) names no evaluation round: 404. */
    public String round(String pathId) {
        if (!RoundIds.isWellFormed(pathId)) {
            throw new CommandRefusedException(ErrorCode.ROUND_NOT_FOUND, "roundId", "no evaluation round " + pathId);
        }
        return pathId;
    }
}
