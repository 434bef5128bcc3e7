package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.compliance.ComplianceRules;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national questions (ADR 0009) over the national tables, folded at query time with the provincial code: each
 * platform's {@link Balances} from its ledger lines, the plan in force and its decisions' provincial effect, as of
 * {@code asOf} and as known at {@code knownAt} (docs/domain.md §5; the same {@link LedgerLine#counts} rule); judged by
 * {@link ComplianceRules}. A province is read whole for each question: fine for a province's tens of platforms, and the
 * price of answering any (asOf, knownAt) without a replay.
 *
 * <p>Each platform is judged by its own province's rules: the parameters of its programme as that province's store
 * records them, in force on {@code asOf} as known at {@code knownAt} (ADR 0019's {@link ParameterTimeline}). A province
 * whose store holds no such programme (a store older than programmes as events, or a programme not yet projected) is
 * judged by this side's configured parameters (ledger.programme.*), and its rows say so ({@link RulesFrom}).
 *
 * <p>Counted as the provincial programme views count (ProgrammeReports): a platform that was approved at some point as
 * known at {@code knownAt} ({@link PlatformStatus#wasApproved}: suspended, accepted, terminated too; not declared only,
 * not rejected). Every declared platform has its compliance row, with its status and whether it counts.
 */
public class NationalQueries {

    private final NationalReadModel read;
    private final NationalEventSource stream;
    private final ProgrammeParameters parameters;

    public NationalQueries(JdbcTemplate jdbc, NationalEventSource stream, ProgrammeParameters parameters) {
        this.read = new NationalReadModel(jdbc);
        this.stream = stream;
        this.parameters = parameters;
    }

    /** Every configured province, in the configured order, with how current its figures are. */
    public List<ProvinceStaleness> staleness() {
        Map<String, NationalReadModel.Progress> progress = read.progress();
        return stream.states().stream().map(state -> {
            NationalReadModel.Progress p = progress.get(state.province());
            return new ProvinceStaleness(state.province(), state.reachable(), state.downSince(),
                    p == null ? null : p.lastEventAt(), p == null ? 0 : p.events(), !state.reachable());
        }).toList();
    }

    /** Where the rules a row was judged by come from. */
    public enum RulesFrom {
        /** the platform's programme as its province's store records it */
        PROVINCE,
        /** this side's ledger.programme.*: the province's store holds no such programme */
        CONFIGURED_DEFAULTS
    }

    public NationalTotalsView totals(LocalDate asOf, Instant knownAt) {
        List<NationalTotalsView.Province> provinces = new ArrayList<>();
        Figures national = Figures.NONE;
        for (ProvinceStaleness staleness : staleness()) {
            Province province = fold(staleness.province(), asOf, knownAt);
            Map<FundingSource, Figures> bySource = new EnumMap<>(FundingSource.class);
            for (FundingSource source : FundingSource.values()) {
                bySource.put(source, Figures.NONE);
            }
            province.counted().forEach(b -> b.bySource().forEach((s, f) -> bySource.merge(s, f, Figures::plus)));
            Figures total = bySource.values().stream().reduce(Figures.NONE, Figures::plus);
            national = national.plus(total);
            provinces.add(new NationalTotalsView.Province(staleness.province(), staleness, province.counted().size(),
                    province.platforms().size(),
                    bySource.entrySet().stream().map(e -> new NationalTotalsView.Source(e.getKey(),
                            e.getKey().chineseName(), FiguresView.of(e.getValue()))).toList(), FiguresView.of(total)));
        }
        return new NationalTotalsView(asOf, knownAt, provinces, FiguresView.of(national));
    }

    public NationalComplianceView compliance(LocalDate asOf, Instant knownAt, int page, int size) {
        List<ProvinceStaleness> staleness = staleness();
        Map<String, Boolean> stale = new LinkedHashMap<>();
        staleness.forEach(s -> stale.put(s.province(), s.stale()));
        List<NationalReadModel.Platform> platforms = read.platforms(knownAt, Math.multiplyExact(page, size), size);
        Map<String, Province> folded = new LinkedHashMap<>();
        List<NationalComplianceView.Row> rows = new ArrayList<>();
        for (NationalReadModel.Platform platform : platforms) {
            Province province = folded.computeIfAbsent(platform.province(), p -> fold(p, asOf, knownAt));
            rows.add(row(province.platforms().get(platform.platformId()), stale.getOrDefault(platform.province(), true)));
        }
        return new NationalComplianceView(asOf, knownAt, parameters.minimumTotalInvestment().toString(),
                parameters.minimumEnterpriseShare().toString(), page, size, read.platformCount(knownAt), rows, staleness);
    }

    private NationalComplianceView.Row row(Folded folded, boolean stale) {
        NationalReadModel.Platform platform = folded.platform();
        ProgrammeParameters parameters = folded.rules();
        Balances balances = folded.balances();
        Figures total = balances.total();
        Figures enterprise = balances.of(FundingSource.ENTERPRISE);
        Money plannedTotal = total.planned();
        Money actualTotal = total.netReceived();
        return new NationalComplianceView.Row(platform.province(), platform.platformId(), platform.title(),
                platform.collegeName(), platform.programmeId(), folded.status(), folded.status().wasApproved(),
                folded.rulesFrom(), parameters.minimumTotalInvestment().toString(),
                parameters.minimumEnterpriseShare().toString(), plannedTotal.toString(), enterprise.planned().toString(),
                ComplianceRules.totalMet(plannedTotal, parameters),
                ComplianceRules.shareMet(enterprise.planned(), plannedTotal, parameters), actualTotal.toString(),
                enterprise.netReceived().toString(), ComplianceRules.percent(enterprise.netReceived(), actualTotal),
                ComplianceRules.shareMet(enterprise.netReceived(), actualTotal, parameters), total.spent().toString(),
                stale);
    }

    /**
     * One province's platforms declared by {@code knownAt}, each folded as of {@code asOf}, known at {@code knownAt},
     * with its status then and the rules that judge it.
     */
    private Province fold(String province, LocalDate asOf, Instant knownAt) {
        Map<String, List<PlanLine>> plans = read.plans(province, knownAt);
        Map<String, Money> adjustments = read.provincialAdjustments(province, knownAt);
        Map<String, List<LedgerLine>> lines = read.lines(province, asOf, knownAt);
        Map<String, PlatformStatus> statuses = read.statuses(province, knownAt);
        Map<String, ParameterTimeline> timelines = read.timelines(province);
        Map<String, Folded> platforms = new LinkedHashMap<>();
        for (NationalReadModel.Platform platform : read.platformsOf(province, knownAt)) {
            String id = platform.platformId();
            ParameterTimeline timeline = platform.programmeId() == null ? null : timelines.get(platform.programmeId());
            platforms.put(id, new Folded(platform, statuses.getOrDefault(id, PlatformStatus.DECLARED),
                    Balances.of(lines.getOrDefault(id, List.of()), plans.getOrDefault(id, List.of()),
                            adjustments.getOrDefault(id, Money.ZERO), asOf, knownAt),
                    timeline == null ? parameters : timeline.inForce(asOf, knownAt),
                    timeline == null ? RulesFrom.CONFIGURED_DEFAULTS : RulesFrom.PROVINCE));
        }
        return new Province(platforms);
    }

    /** One platform folded: its status as known then, its balances, and the rules in force for it. */
    private record Folded(NationalReadModel.Platform platform, PlatformStatus status, Balances balances,
                          ProgrammeParameters rules, RulesFrom rulesFrom) {
    }

    /** A province's platforms by id. */
    private record Province(Map<String, Folded> platforms) {

        /** The balances of the platforms that count: approved at some point, as known then. */
        List<Balances> counted() {
            return platforms.values().stream().filter(f -> f.status().wasApproved()).map(Folded::balances).toList();
        }
    }
}
