package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.platform.LedgerRuleException;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.ProgrammeId;
import cn.jsedu.ledger.kernel.role.EntryRecorders;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The parts of the access policy that depend on the request body, checked by the controllers once it is parsed:
 * a college officer declares only for its own college; a user scoped to a programme declares only in it and
 * establishes no programme; provincial funds (installments) are recorded by the finance officer, every other source by
 * the college ({@link EntryRecorders}).
 */
@Component
public class Permissions {

    public void requireMayDeclareFor(String collegeCode) {
        LedgerUser user = LedgerUser.current();
        if (user != null && user.is(Role.COLLEGE_OFFICER) && !collegeCode.equals(user.college())) {
            throw denied("a college officer declares for its own college " + user.college() + " only");
        }
    }

    /**
     * The programme a declaration goes to: the one it names, else the user's own, else the default programme. A user
     * scoped to another programme is told it does not exist (404), as the policy tells it about that programme's
     * platforms.
     */
    public ProgrammeId programmeToDeclareIn(String requested) {
        LedgerUser user = LedgerUser.current();
        if (user == null) {
            return ProgrammeId.orDefault(requested);
        }
        return ProgrammeId.of(user.programmeFor(requested).orElseThrow(() -> new LedgerRuleException(
                ErrorCode.PROGRAMME_NOT_FOUND, "programmeId", "no programme " + requested)));
    }

    /** A new programme is established by administrators of every programme, not by one scoped to one of them. */
    public void requireMayEstablishProgrammes() {
        LedgerUser user = LedgerUser.current();
        if (user != null && user.programme() != null) {
            throw denied("an administrator scoped to programme " + user.programme() + " establishes no programme");
        }
    }

    /** Installments of {@code source} are recorded by the one role {@link EntryRecorders} names. */
    public void requireMayRecordInstallmentOf(FundingSource source) {
        LedgerUser user = LedgerUser.current();
        if (user != null && !mayRecordInstallmentOf(user, source)) {
            throw denied(source + " installments are recorded by "
                    + EntryRecorders.recorderOf(EntryKind.INSTALLMENT, source) + ", not by " + user.role());
        }
    }

    /** The rule {@link #requireMayRecordInstallmentOf} applies, for answering in advance which sources a user may send. */
    public boolean mayRecordInstallmentOf(LedgerUser user, FundingSource source) {
        return user.is(EntryRecorders.recorderOf(EntryKind.INSTALLMENT, source));
    }

    private static AccessDeniedException denied(String reason) {
        return new BodyAccessDeniedException(reason);
    }

    /** A denial decided after parsing the body; answered 403 like any other. */
    public static class BodyAccessDeniedException extends AccessDeniedException {
        public BodyAccessDeniedException(String message) {
            super(message);
        }

        public ErrorCode code() {
            return ErrorCode.ACCESS_DENIED;
        }
    }
}
