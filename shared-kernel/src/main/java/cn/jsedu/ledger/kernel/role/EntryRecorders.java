package cn.jsedu.ledger.kernel.role;

import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who records which money entry (docs/domain.md §4, README "Who may do what"), written once: provincial money arrives
 * and goes back through the provincial finance office; every other source's money is the college's to record; the
 * college records every expenditure, whichever source it is charged to. Nobody else records money.
 *
 * <p>The command side admits money commands by this table (its access policy rows and the body checks), and the
 * platform refuses a correction or a recovery by any other role: only a role that may record an entry may correct
 * it, and only the role that records a source's money may record its return (ADR 0013). Whether a college officer
 * acts for its own college's platform is the access policy's, not this table's.
 */
public final class EntryRecorders {

    private EntryRecorders() {
    }

    /**
     * The one role that records entries of {@code kind} for {@code source}.
     *
     * @throws IllegalArgumentException for {@link EntryKind#ADJUSTMENT}: a correction is recorded by the recorder of
     *                                  the entry it corrects
     */
    public static Role recorderOf(EntryKind kind, FundingSource source) {
        return switch (kind) {
            // every expenditure, and an enterprise contribution (always ENTERPRISE money), are the college's
            case EXPENDITURE, ENTERPRISE_CONTRIBUTION -> Role.COLLEGE_OFFICER;
            case INSTALLMENT, RECOVERY ->
                    source == FundingSource.PROVINCIAL_FINANCE ? Role.FINANCE_OFFICER : Role.COLLEGE_OFFICER;
            case ADJUSTMENT -> throw new IllegalArgumentException(
                    "a correction is recorded by the recorder of the entry it corrects");
        };
    }

    /** True if {@code role} records entries of {@code kind} for {@code source} (false for a null role). */
    public static boolean mayRecord(Role role, EntryKind kind, FundingSource source) {
        return role != null && role == recorderOf(kind, source);
    }

    /**
     * Every role that records entries of {@code kind} for some source; for {@link EntryKind#ADJUSTMENT}, every role
     * that records some entry a correction may correct ({@link EntryKind#isCorrectable()}).
     */
    public static Set<Role> recordersOf(EntryKind kind) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (EntryKind recorded : kind == EntryKind.ADJUSTMENT ? correctableKinds() : EnumSet.of(kind)) {
            for (FundingSource source : FundingSource.values()) {
                roles.add(recorderOf(recorded, source));
            }
        }
        return roles;
    }

    private static Set<EntryKind> correctableKinds() {
        Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            if (kind.isCorrectable()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
