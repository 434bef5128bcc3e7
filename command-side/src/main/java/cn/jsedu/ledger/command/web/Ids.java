package cn.jsedu.ledger.command.web;

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

    /** A path id that cannot be a programme id names no programme: 404, not 400. */
    public ProgrammeId programme(String pathId) {
        try {
            return ProgrammeId.of(pathId);
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + pathId);
        }
    }

    /** A path id that cannot be a platform id names no platform: 404, not 400. */
    public PlatformId platform(String pathId) {
        try {
            return PlatformId.of(pathId);
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(ErrorCode.PLATFORM_NOT_FOUND, "platformId", "no platform " + pathId);
        }
    }
}
