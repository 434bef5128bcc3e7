package cn.jsedu.ledger.query.programme;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.compliance.Finding;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.platform.NotYetKnownException;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Every platform of a programme judged for one {@link ProgrammeSelection}: its balances and compliance as of
 * {@code asOf}, as known at {@code knownAt}, by the programme's parameters in force on {@code asOf} as known at
 * {@code knownAt} (ADR 0019), with the same calculator a single platform's answer uses. Platforms not yet declared at
 * {@code knownAt} are left out. Each platform's lines are read once: fine for a province's programme (ADR 0016
 * measures a pass over 3,100 platforms); the filters on status and finding need the judgment, so they cannot be pushed
 * into SQL.
 */
@Service
public class ProgrammeJudgments {

    private static final int CHUNK = 500;

    /** One platform judged: its row now, its inputs and balances as known then, and its compliance. */
    public record Judged(PlatformRow row, BalanceQueries.Inputs inputs, Balances balances, ComplianceView compliance) {

        public List<String> findingCodes() {
            return compliance.findings().stream().map(Finding::code).toList();
        }
    }

    /** The judged platforms (ordered by platform id) and the parameters they were judged by. */
    public record Judgment(ProgrammeParameters parameters, List<Judged> platforms) {
    }

    private final PlatformQueries platforms;
    private final BalanceQueries balances;
    private final ProgrammeQueries programmes;

    private final ContributionRepository contributions;

    public ProgrammeJudgments(PlatformQueries platforms, BalanceQueries balances, ProgrammeQueries programmes,
                              ContributionRepository contributions) {
        this.platforms = platforms;
        this.balances = balances;
        this.programmes = programmes;
        this.contributions = contributions;
    }

    /** Empty if the programme is unknown (or not established). */
    public java.util.Optional<Judgment> judge(ProgrammeSelection selection) {
        return programmes.timeline(selection.programmeId()).map(timeline -> {
            ProgrammeParameters parameters = timeline.inForce(selection.asOf(), selection.knownAt());
            List<Judged> judged = new ArrayList<>();
            PlatformQueries.Filter filter = new PlatformQueries.Filter(selection.programmeId(), null,
                    selection.batch(), null, selection.city());
            for (int page = 0; ; page++) {
                List<PlatformRow> rows = platforms.list(filter, page, CHUNK).rows();
                for (PlatformRow row : rows) {
                    judge(row, selection, parameters).ifPresent(judged::add);
                }
                if (rows.size() < CHUNK) {
                    break;
                }
            }
            return new Judgment(parameters, judged);
        });
    }

    private java.util.Optional<Judged> judge(PlatformRow row, ProgrammeSelection selection,
                                             ProgrammeParameters parameters) {
        BalanceQueries.Inputs in;
        try {
            in = balances.inputs(row, selection.knownAt());
        } catch (NotYetKnownException notDeclaredThen) {
            return java.util.Optional.empty();
        }
        // as a single platform's answer: answers to contributions are kept as they stand now only (ADR 0022)
        ComplianceView compliance = ComplianceCalculator.compute(in, selection.knownAt() == null
                ? contributions.of(row.platformId()) : ContributionConfirmations.NONE, selection.asOf(),
                selection.knownAt(), parameters);
        Judged judged = new Judged(row, in, Balances.of(in.lines(), in.plan(), in.provincialAdjustment(),
                selection.asOf(), selection.knownAt()), compliance);
        return selection.matches(compliance.status(), judged.findingCodes())
                ? java.util.Optional.of(judged) : java.util.Optional.empty();
    }
}
