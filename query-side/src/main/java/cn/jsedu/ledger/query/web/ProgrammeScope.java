package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.springframework.stereotype.Component;

/**
 * Which programme a programme-wide query without a programme in its path is about (the {@code programme} request
 * parameter of {@code /api/v1/programme/...}): the one it names, else the user's own, else the default programme. A
 * programme the user's scope does not reach, or that does not exist, is a 404 naming the parameter, as for a platform
 * of another college.
 */
@Component
public class ProgrammeScope {

    private final ProgrammeQueries programmes;

    public ProgrammeScope(ProgrammeQueries programmes) {
        this.programmes = programmes;
    }

    public String resolve(String requested) {
        LedgerUser user = LedgerUser.current();
        String programmeId = user == null ? (requested == null ? ProgrammeId.DEFAULT.value() : requested)
                : user.programmeFor(requested).orElse(null);
        if (programmeId == null || programmes.timeline(programmeId).isEmpty()) {
            throw new QueryProblem(ErrorCode.PROGRAMME_NOT_FOUND, "programme", "no programme " + requested);
        }
        return programmeId;
    }
}
