package cn.jsedu.ledger.query.readiness;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.query.platform.PlatformRow;

import java.time.LocalDate;
import java.util.List;

/**
 * The acceptance checklist of docs/domain.md §7 ({@link AcceptanceChecklist}, shared with the command side's
 * acceptance gate) on read models. The programme table and the platform page both use it, so a platform is READY in
 * one exactly when it is READY in the other, and exactly when its acceptance request passes the gate.
 */
public final class ReadinessCalculator {

    private ReadinessCalculator() {
    }

    /**
     * @param received        investment in place as of {@code asOf}
     * @param enterprise      enterprise investment in place as of {@code asOf}
     * @param receiptEvidence event ids of the money figures (may be empty in programme-wide tables)
     * @param contributions   the platform's enterprise contributions and their confirmations
     */
    public static ReadinessView evaluate(PlatformRow platform, Money received, Money enterprise,
                                         List<String> receiptEvidence, PlatformReports reports,
                                         ContributionConfirmations contributions, LocalDate asOf, ProgrammeParameters p) {
        List<ReadinessItem> items = AcceptanceChecklist.items(new AcceptanceChecklist.Subject(platform.status(),
                platform.constructionStart(), platform.constructionEnd(), received, enterprise, receiptEvidence, reports,
                contributions), asOf, p);
        return new ReadinessView(platform.platformId(), asOf, platform.version(), platform.status(),
                platform.acceptanceResult(), ReadinessView.Overall.of(AcceptanceChecklist.ready(items)), items);
    }
}
