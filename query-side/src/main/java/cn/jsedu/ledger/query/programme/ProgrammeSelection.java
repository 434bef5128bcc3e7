package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.platform.PlatformStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which of a programme's platforms a programme-wide answer covers, and for which time: as of the effective date
 * {@code asOf}, as known at {@code knownAt} (null: now). Each criterion is null for "any": the {@code batch} and
 * {@code city} the platform has now, its {@code status} as known at {@code knownAt}, and a {@code finding} (a
 * {@link cn.jsedu.ledger.query.compliance.Finding} code) its compliance has on {@code asOf}.
 */
public record ProgrammeSelection(String programmeId, LocalDate asOf, Instant knownAt, Integer batch, String city,
                                 PlatformStatus status, String finding) {

    public boolean matches(PlatformStatus statusAsKnown, java.util.List<String> findingCodes) {
        return (status == null || status == statusAsKnown) && (finding == null || findingCodes.contains(finding));
    }
}
