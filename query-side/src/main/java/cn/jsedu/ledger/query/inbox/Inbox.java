package cn.jsedu.ledger.query.inbox;

import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.report.PeriodStatus;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.kernel.report.ReportingStatus;
import cn.jsedu.ledger.kernel.role.Role;
import cn.jsedu.ledger.query.enterprise.ContributionRepository;
import cn.jsedu.ledger.query.enterprise.EnterpriseQueries;
import cn.jsedu.ledger.query.finding.FindingQueries;
import cn.jsedu.ledger.query.finding.FindingView;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceQueries;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.proposal.ProposalView;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.query.round.MissingPanelScore;
import cn.jsedu.ledger.query.round.MissingPanelScores;
import cn.jsedu.ledger.query.round.ProposalRow;
import cn.jsedu.ledger.query.round.RoundQueries;
import cn.jsedu.ledger.query.round.RoundRow;
import cn.jsedu.ledger.query.round.RoundStatus;
import cn.jsedu.ledger.support.security.LedgerUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What waits for a user, computed from the read models as of today (ADR 0025). Each role sees only the kinds it acts
 * on ({@link #KINDS}) and only on what it may read: a college officer its own college's platforms, an enterprise
 * representative its own enterprise's contributions on platforms where it is a party, a user scoped to a programme
 * that programme's platforms only, and no administrator its own proposals (another must approve them).
 */
@Service
public class Inbox {

    /** Reports due within this many days show before they are overdue. */
    static final int REPORT_WINDOW_DAYS = 30;
    /** A construction period ending within this many days shows (docs/domain.md §7: its last 90 days). */
    public static final int CONSTRUCTION_WINDOW_DAYS = 90;

    /** Who acts on which kind: the command side's access policy read from the inbox's side. */
    static final Map<Role, Set<InboxKind>> KINDS = Map.of(
            Role.PROVINCE_ADMIN, EnumSet.of(InboxKind.PROPOSAL_TO_APPROVE, InboxKind.FINDING_TO_CLOSE,
                    InboxKind.CONSTRUCTION_ENDING, InboxKind.EVALUATION_TO_SCORE),
            Role.FINANCE_OFFICER, EnumSet.of(InboxKind.ARRIVAL_BEHIND_PLAN),
            Role.COLLEGE_OFFICER, EnumSet.of(InboxKind.REPORT_DUE, InboxKind.REPORT_OVERDUE,
                    InboxKind.FINDING_TO_ANSWER, InboxKind.CONSTRUCTION_ENDING),
            Role.ENTERPRISE_REPRESENTATIVE, EnumSet.of(InboxKind.CONTRIBUTION_TO_CONFIRM),
            // the panel's scores are entered by the administrators for now (ADR 0026); nothing waits for an auditor
            Role.AUDITOR, EnumSet.noneOf(InboxKind.class),
            Role.METRICS_READER, EnumSet.noneOf(InboxKind.class));

    // about 30 platforms per programme: one page holds every platform a user may read
    private static final int ALL = 10_000;
    private static final String P = "/api/v1/platforms/";
    private static final String ROUNDS = "/api/v1/evaluation-rounds/";

    private final PlatformQueries platforms;
    private final ProgrammeQueries programmes;
    private final ReportingRepository reports;
    private final ProposalQueries proposals;
    private final FindingQueries findings;
    private final ContributionRepository contributions;
    private final EnterpriseQueries enterprises;
    private final RoundQueries rounds;
    private final MissingPanelScores missingScores;
    private final Clock clock;

    public Inbox(PlatformQueries platforms, ProgrammeQueries programmes, ReportingRepository reports,
                 ProposalQueries proposals, FindingQueries findings, ContributionRepository contributions,
                 EnterpriseQueries enterprises, RoundQueries rounds, MissingPanelScores missingScores, Clock clock) {
        this.rounds = rounds;
        this.missingScores = missingScores;
        this.platforms = platforms;
        this.programmes = programmes;
        this.reports = reports;
        this.proposals = proposals;
        this.findings = findings;
        this.contributions = contributions;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public InboxView of(LedgerUser user) {
        LocalDate today = today();
        Set<InboxKind> kinds = KINDS.getOrDefault(user.role(), Set.of());
        List<InboxItem> items = new ArrayList<>();
        if (!kinds.isEmpty()) {
            List<PlatformRow> readable = readable(user);
            if (kinds.contains(InboxKind.REPORT_DUE)) {
                items.addAll(reports(readable, today));
            }
            if (kinds.contains(InboxKind.PROPOSAL_TO_APPROVE)) {
                items.addAll(proposals(readable, user.username(), today));
                items.addAll(roundProposals(user, today));
            }
            if (kinds.contains(InboxKind.EVALUATION_TO_SCORE)) {
                items.addAll(roundsToScore(user, today));
            }
            if (kinds.contains(InboxKind.FINDING_TO_ANSWER)) {
                items.addAll(findings(readable, today, FindingStatus.OPEN, InboxKind.FINDING_TO_ANSWER));
            }
            if (kinds.contains(InboxKind.FINDING_TO_CLOSE)) {
                items.addAll(findings(readable, today, FindingStatus.ANSWERED, InboxKind.FINDING_TO_CLOSE));
            }
            if (kinds.contains(InboxKind.CONTRIBUTION_TO_CONFIRM)) {
                items.addAll(contributions(user, today));
            }
            if (kinds.contains(InboxKind.ARRIVAL_BEHIND_PLAN)) {
                items.addAll(arrivals(readable, today));
            }
            if (kinds.contains(InboxKind.CONSTRUCTION_ENDING)) {
                items.addAll(constructionEnding(readable, today));
            }
        }
        // the oldest date first: what is most overdue, or has waited longest, leads
        items.sort(Comparator.comparing((InboxItem i) -> i.due() != null ? i.due() : i.since(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(InboxItem::kind)
                .thenComparing(InboxItem::platformId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(InboxItem::ref));
        Map<InboxKind, Integer> counts = new EnumMap<>(InboxKind.class);
        for (InboxKind kind : InboxKind.values()) {
            counts.put(kind, 0);
        }
        items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return new InboxView(user.username(), user.role(), today, items.size(), counts, List.copyOf(items));
    }

    /**
     * Every platform's overdue reports as of today, for the overdue-report notifications (no user: the notifier
     * addresses each to the platform's college).
     */
    public List<InboxItem> overdueReports() {
        List<PlatformRow> all = platforms.list(new PlatformQueries.Filter(null, null, null, null), 0, ALL).rows();
        return reports(all, today()).stream().filter(i -> i.kind() == InboxKind.REPORT_OVERDUE).toList();
    }

    /**
     * Every platform whose construction period ends within the window as of today, for the construction-ending
     * notifications (no user: the notifier addresses each to the platform's college and to the administrators).
     */
    public List<InboxItem> constructionEndings() {
        List<PlatformRow> all = platforms.list(new PlatformQueries.Filter(null, null, null, null), 0, ALL).rows();
        return constructionEnding(all, today());
    }

    /** The platforms the user may read: its college's for a college officer, its programme's for a scoped user. */
    private List<PlatformRow> readable(LedgerUser user) {
        String college = user.is(Role.COLLEGE_OFFICER) ? user.college() : null;
        if (user.is(Role.COLLEGE_OFFICER) && (college == null || college.isBlank())) {
            return List.of();
        }
        return platforms.list(new PlatformQueries.Filter(user.programme(), null, null, college), 0, ALL).rows();
    }

    private List<InboxItem> reports(List<PlatformRow> readable, LocalDate today) {
        List<PlatformRow> building = readable.stream().filter(r -> r.status().isUnderConstruction()).toList();
        Map<String, PlatformReports> loaded = reports.load(building.stream().map(PlatformRow::platformId).toList());
        ProgrammeQueries.Rules rules = programmes.rules();
        List<InboxItem> items = new ArrayList<>();
        for (PlatformRow row : building) {
            ProgrammeParameters p = rules.inForce(row, today, null);
            for (PeriodStatus period : ReportingStatus.of(row.constructionStart(), row.constructionEnd(),
                    loaded.getOrDefault(row.platformId(), PlatformReports.NONE), today, p)) {
                long left = ChronoUnit.DAYS.between(today, period.due());
                InboxKind kind = period.overdue() ? InboxKind.REPORT_OVERDUE
                        : !period.hasFallenDue() && left <= REPORT_WINDOW_DAYS ? InboxKind.REPORT_DUE : null;
                if (kind != null) {
                    items.add(new InboxItem(kind, row.platformId(), period.period(), period.due(), left, null, null,
                            figures("periodEnd", period.periodEnd().toString()),
                            P + row.platformId() + "/reporting-status"));
                }
            }
        }
        return items;
    }

    private List<InboxItem> proposals(List<PlatformRow> readable, String username, LocalDate today) {
        Set<String> ids = ids(readable);
        ZoneId zone = clock.getZone();
        return proposals.withStatus(ProposalStatus.PENDING, ALL).stream()
                .filter(p -> ids.contains(p.platformId()) && !username.equals(p.proposedBy()))
                .map(p -> {
                    LocalDate since = LocalDate.ofInstant(p.proposedAt(), zone);
                    return new InboxItem(InboxKind.PROPOSAL_TO_APPROVE, p.platformId(), p.proposalId(), null, null,
                            since, ChronoUnit.DAYS.between(since, today), proposalFigures(p),
                            P + p.platformId() + "/proposals");
                }).toList();
    }

    /** Pending publications of evaluation rounds the user's scope reaches, not proposed by the user (four eyes). */
    private List<InboxItem> roundProposals(LedgerUser user, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        for (ProposalRow p : rounds.pending()) {
            Optional<RoundRow> round = rounds.find(p.roundId());
            if (round.isEmpty() || !user.reaches(round.get().programmeId()) || user.username().equals(p.proposedBy())) {
                continue;
            }
            LocalDate since = LocalDate.ofInstant(p.proposedAt(), clock.getZone());
            items.add(new InboxItem(InboxKind.PROPOSAL_TO_APPROVE, null, p.roundId(), null, null, since,
                    ChronoUnit.DAYS.between(since, today), figures("proposalKind", "EVALUATION_PUBLICATION",
                    "proposalId", p.proposalId(), "proposedBy", p.proposedBy(), "platforms",
                    Integer.toString(p.results().size())), ROUNDS + p.roundId()));
        }
        return items;
    }

    /** Open rounds the user's scope reaches with panel scores still missing, since the round was opened. */
    private List<InboxItem> roundsToScore(LedgerUser user, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        for (RoundRow round : rounds.inStatus(RoundStatus.OPEN)) {
            if (!user.reaches(round.programmeId())) {
                continue;
            }
            List<MissingPanelScore> missing = missingScores.of(round);
            if (missing.isEmpty()) {
                continue;
            }
            LocalDate since = LocalDate.ofInstant(round.openedAt(), clock.getZone());
            long platformsMissing = missing.stream().map(MissingPanelScore::platformId).distinct().count();
            items.add(new InboxItem(InboxKind.EVALUATION_TO_SCORE, null, round.roundId(), null, null, since,
                    ChronoUnit.DAYS.between(since, today), figures("missingPanelScores",
                    Integer.toString(missing.size()), "platformsMissingScores", Long.toString(platformsMissing),
                    "kind", round.kind().name(), "year", Integer.toString(round.year()), "referenceDate",
                    round.referenceDate().toString()), ROUNDS + round.roundId()));
        }
        return items;
    }

    private static Map<String, String> proposalFigures(ProposalView p) {
        return figures("proposalKind", p.kind().name(), "proposedBy", p.proposedBy(),
                "summary", p.summary() == null ? "" : p.summary());
    }

    private List<InboxItem> findings(List<PlatformRow> readable, LocalDate today, FindingStatus status,
                                     InboxKind kind) {
        List<InboxItem> items = new ArrayList<>();
        List<String> approved = readable.stream().filter(row -> row.status().wasApproved())
                .map(PlatformRow::platformId).toList();
        Map<String, List<FindingView>> inStatus = findings.inStatus(approved, status, today);
        for (PlatformRow row : readable) {
            for (FindingView f : inStatus.getOrDefault(row.platformId(), List.of())) {
                String link = P + row.platformId() + "/findings";
                Map<String, String> figures = figures("category", f.category().name(), "overdue",
                        Boolean.toString(f.overdue()));
                items.add(status == FindingStatus.OPEN
                        ? new InboxItem(kind, row.platformId(), f.findingId(), f.deadline(),
                        ChronoUnit.DAYS.between(today, f.deadline()), null, null, figures, link)
                        : answered(kind, row.platformId(), f, today, figures, link));
            }
        }
        return items;
    }

    private InboxItem answered(InboxKind kind, String platformId, FindingView f, LocalDate today,
                              Map<String, String> figures, String link) {
        LocalDate since = f.rectification() == null || f.rectification().at() == null ? null
                : LocalDate.ofInstant(f.rectification().at(), clock.getZone());
        return new InboxItem(kind, platformId, f.findingId(), null, null, since,
                since == null ? null : ChronoUnit.DAYS.between(since, today), figures, link);
    }

    /** The representative's enterprise's unanswered contributions, on every platform where it is a party. */
    private List<InboxItem> contributions(LedgerUser user, LocalDate today) {
        if (user.enterprise() == null || user.enterprise().isBlank()) {
            return List.of();
        }
        List<EnterpriseQueries.Party> parties = enterprises.partiesOf(user.enterprise(), user.programme());
        Map<String, ContributionConfirmations> loaded = contributions.load(
                parties.stream().map(EnterpriseQueries.Party::platformId).collect(Collectors.toSet()));
        List<InboxItem> items = new ArrayList<>();
        parties.forEach(party -> {
            String platformId = party.platformId();
            String partyId = party.partyId();
            for (ContributionConfirmations.Contribution c : loaded.get(platformId).all()) {
                if (c.partyId().equals(partyId) && c.amount().isPositive()
                        && c.state() == ContributionConfirmations.State.UNCONFIRMED) {
                    items.add(new InboxItem(InboxKind.CONTRIBUTION_TO_CONFIRM, platformId, c.entryId(), null, null,
                            c.effectiveDate(), ChronoUnit.DAYS.between(c.effectiveDate(), today),
                            figures("amount", c.amount().toString(), "partyId", partyId),
                            P + platformId + "/enterprise-contributions"));
                }
            }
        });
        return items;
    }

    /**
     * The compliance rule "arrival behind schedule" as the programme compliance rows decide it today, from the platform
     * rows' running totals (ADR 0025): a query for the platforms and one per programme for its rules, however many
     * entries the platforms hold.
     */
    private List<InboxItem> arrivals(List<PlatformRow> readable, LocalDate today) {
        ProgrammeQueries.Rules rules = programmes.rules();
        List<InboxItem> items = new ArrayList<>();
        for (PlatformRow row : readable) {
            if (!row.status().isUnderConstruction() || row.constructionStart() == null) {
                continue;
            }
            ProgrammeComplianceQueries.Arrival arrival = ProgrammeComplianceQueries.arrival(row, today,
                    rules.inForce(row, today, null));
            if (!arrival.behind()) {
                continue;
            }
            items.add(new InboxItem(InboxKind.ARRIVAL_BEHIND_PLAN, row.platformId(), "arrival", null, null,
                    row.constructionStart(), ChronoUnit.DAYS.between(row.constructionStart(), today),
                    figures("received", arrival.received().toString(), "plannedTotal",
                            arrival.plannedTotal().toString(), "arrivalPercent",
                            arrival.arrivalPercent().toPlainString(), "elapsedPercent",
                            arrival.elapsedPercent().toPlainString()),
                    P + row.platformId() + "/plan-vs-received"));
        }
        return items;
    }

    private List<InboxItem> constructionEnding(List<PlatformRow> readable, LocalDate today) {
        return readable.stream()
                .filter(r -> r.status().isUnderConstruction() && r.status() != PlatformStatus.ACCEPTANCE_REQUESTED
                        && r.constructionEnd() != null && !r.constructionEnd().isBefore(today)
                        && !r.constructionEnd().isAfter(today.plusDays(CONSTRUCTION_WINDOW_DAYS)))
                .map(r -> new InboxItem(InboxKind.CONSTRUCTION_ENDING, r.platformId(), "construction",
                        r.constructionEnd(), ChronoUnit.DAYS.between(today, r.constructionEnd()), null, null,
                        figures("constructionEnd", r.constructionEnd().toString(), "status", r.status().name()),
                        P + r.platformId() + "/readiness"))
                .toList();
    }

    private static Set<String> ids(List<PlatformRow> rows) {
        return rows.stream().map(PlatformRow::platformId).collect(Collectors.toSet());
    }

    private static Map<String, String> figures(String... keysAndValues) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            figures.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return figures;
    }
}
