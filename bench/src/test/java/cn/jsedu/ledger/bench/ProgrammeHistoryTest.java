package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent;
import cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent;
import cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent;
import cn.jsedu.ledger.kernel.event.PlatformEvent;
import cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** S5's store: a programme's platforms, hundreds of events of every type, money that never goes negative. */
class ProgrammeHistoryTest {

    /** Every platform event type of the shared kernel except the proposals' and the rejection's. */
    private static final Set<String> EXPECTED = Set.of("PlatformDeclaredEvent", "PlatformApprovedEvent",
            "TaskBookSetEvent", "AgreementSignedEvent", "InstallmentRecordedEvent",
            "EnterpriseContributionRecordedEvent", "ExpenditureRecordedEvent", "AdjustmentRecordedEvent",
            "RecoveryRecordedEvent", "PerformanceDecisionRecordedEvent", "FundingPlanRevisedEvent",
            "PeriodicReportSubmittedEvent", "PlatformSuspendedEvent", "PlatformResumedEvent",
            "AcceptanceRequestedEvent", "AcceptanceReviewedEvent");

    @Test
    void aProgrammeHasHundredsOfEventsOfEveryType() {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 21; i++) {
            String id = "H-" + i;
            List<Object> history = ProgrammeHistory.of(id, i);
            assertThat(history).hasSizeBetween(300, 400);
            assertThat(history).allSatisfy(e -> assertThat(((PlatformEvent) e).platformId()).isEqualTo(id));
            history.forEach(e -> seen.add(e.getClass().getSimpleName()));
        }
        assertThat(seen).containsAll(EXPECTED);
    }

    @Test
    void expendituresAreTheBulkAsInAProgrammeNotDeclarations() {
        Map<String, Long> types = ProgrammeHistory.of("H-1", 1).stream()
                .collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(), Collectors.counting()));
        long all = types.values().stream().mapToLong(Long::longValue).sum();
        assertThat(types.get("ExpenditureRecordedEvent") * 100 / all).isBetween(50L, 65L);
        assertThat(types.get("PlatformDeclaredEvent")).isEqualTo(1);
    }

    @Test
    void noSourcesCashEverTurnsNegative() {
        for (int i = 0; i < 21; i++) {
            Map<FundingSource, Long> cash = new EnumMap<>(FundingSource.class);
            for (Object e : ProgrammeHistory.of("H-" + i, i)) {
                if (e instanceof InstallmentRecordedEvent x && x.form().isCash()) {
                    cash.merge(x.source(), x.amount().fen(), Long::sum);
                } else if (e instanceof EnterpriseContributionRecordedEvent x && x.form().isCash()) {
                    cash.merge(FundingSource.ENTERPRISE, x.amount().fen(), Long::sum);
                } else if (e instanceof ExpenditureRecordedEvent x) {
                    cash.merge(x.chargedSource(), -x.amount().fen(), Long::sum);
                } else if (e instanceof AdjustmentRecordedEvent x) {
                    cash.merge(x.source(), -x.delta().fen(), Long::sum);
                } else if (e instanceof RecoveryRecordedEvent x) {
                    cash.merge(x.source(), -x.amount().fen(), Long::sum);
                }
                assertThat(cash.values()).as("platform %d after %s", i, e).allMatch(fen -> fen >= 0);
            }
        }
    }
}
