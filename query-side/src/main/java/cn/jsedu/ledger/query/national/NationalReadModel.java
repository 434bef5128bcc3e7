package cn.jsedu.ledger.query.national;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ParameterChanges;
import cn.jsedu.ledger.kernel.programme.ParameterTimeline;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.programme.ParameterJson;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.query.readmodel.Sql.money;

/**
 * Reads the national tables ({@link NationalViewProjection}) of one province as known at a time: its platforms
 * declared by then, the plan in force then and the decisions recorded by then, per platform; and its ledger lines
 * that can count (the SQL keeps the predicate of {@link LedgerLine#counts}, the fold applies it again); its platforms'
 * statuses as known then; and its programmes' rules, every change with its recording time (a {@link ParameterTimeline},
 * which applies knownAt itself).
 */
final class NationalReadModel {

    /** One platform of one province. */
    record Platform(String province, String platformId, String programmeId, String title, String collegeName) {
    }

    /** What one province's figures are as current as. */
    record Progress(long events, Instant lastEventAt) {
    }

    private final JdbcTemplate jdbc;

    NationalReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every province that has delivered an event, with its progress. */
    Map<String, Progress> progress() {
        Map<String, Progress> progress = new HashMap<>();
        jdbc.query("SELECT province, events, last_event_at FROM read_model.national_province", rs -> {
            progress.put(rs.getString("province"), new Progress(rs.getLong("events"), Sql.instant(rs, "last_event_at")));
        });
        return progress;
    }

    /** The platforms declared by {@code knownAt} (null: now), ordered by province, then platform id. */
    List<Platform> platforms(Instant knownAt, int offset, int limit) {
        return jdbc.query("""
                SELECT province, platform_id, programme_id, title, college_name FROM read_model.national_platform
                WHERE ?::timestamptz IS NULL OR declared_at <= ?::timestamptz
                ORDER BY province, platform_id OFFSET ? LIMIT ?""", (rs, i) -> new Platform(rs.getString("province"),
                rs.getString("platform_id"), rs.getString("programme_id"), rs.getString("title"),
                rs.getString("college_name")),
                Sql.time(knownAt), Sql.time(knownAt), offset, limit);
    }

    /** The platforms of {@code province} declared by {@code knownAt} (null: now), ordered by platform id. */
    List<Platform> platformsOf(String province, Instant knownAt) {
        return jdbc.query("""
                SELECT province, platform_id, programme_id, title, college_name FROM read_model.national_platform
                WHERE province = ? AND (?::timestamptz IS NULL OR declared_at <= ?::timestamptz)
                ORDER BY platform_id""", (rs, i) -> new Platform(rs.getString("province"),
                rs.getString("platform_id"), rs.getString("programme_id"), rs.getString("title"),
                rs.getString("college_name")),
                province, Sql.time(knownAt), Sql.time(knownAt));
    }

    long platformCount(Instant knownAt) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM read_model.national_platform
                WHERE ?::timestamptz IS NULL OR declared_at <= ?::timestamptz""", Long.class,
                Sql.time(knownAt), Sql.time(knownAt));
    }

    /**
     * Per platform of {@code province}, its status as known at {@code knownAt} (null: now): the one its last
     * status-setting event recorded by then set. A platform declared by then has one.
     */
    Map<String, PlatformStatus> statuses(String province, Instant knownAt) {
        Map<String, PlatformStatus> statuses = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (platform_id) platform_id, status FROM read_model.national_platform_status
                WHERE province = ? AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz)
                ORDER BY platform_id, sequence_number DESC""", rs -> {
            statuses.put(rs.getString("platform_id"), PlatformStatus.valueOf(rs.getString("status")));
        }, province, Sql.time(knownAt), Sql.time(knownAt));
        return statuses;
    }

    /**
     * Per programme established in {@code province}'s store, its rules: the established set and every approved change,
     * whenever recorded ({@link ParameterTimeline#inForce(LocalDate, Instant)} leaves out those recorded after knownAt).
     */
    Map<String, ParameterTimeline> timelines(String province) {
        Map<String, List<ParameterTimeline.Change>> changes = new HashMap<>();
        jdbc.query("""
                SELECT programme_id, effective_from, recorded_at, changes FROM read_model.national_parameter_change
                WHERE province = ? ORDER BY programme_id, sequence_number""", rs -> {
            changes.computeIfAbsent(rs.getString("programme_id"), k -> new ArrayList<>()).add(
                    new ParameterTimeline.Change(rs.getDate("effective_from").toLocalDate(),
                            Sql.instant(rs, "recorded_at"),
                            ParameterJson.read(rs.getString("changes"), ParameterChanges.class)));
        }, province);
        Map<String, ParameterTimeline> timelines = new HashMap<>();
        jdbc.query("SELECT programme_id, base_parameters FROM read_model.national_programme WHERE province = ?", rs -> {
            String id = rs.getString("programme_id");
            timelines.put(id, new ParameterTimeline(ParameterJson.read(rs.getString("base_parameters"),
                    ProgrammeParameters.class), changes.getOrDefault(id, List.of())));
        }, province);
        return timelines;
    }

    /** Per platform of {@code province}, the plan in force at {@code knownAt}. */
    Map<String, List<PlanLine>> plans(String province, Instant knownAt) {
        Map<String, List<PlanLine>> plans = new HashMap<>();
        jdbc.query("""
                SELECT l.platform_id, l.source, l.party_id, l.year, l.amount FROM read_model.national_plan_line l
                JOIN (SELECT platform_id, max(plan_seq) AS plan_seq FROM read_model.national_plan_version
                      WHERE province = ? AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz)
                      GROUP BY platform_id) v ON v.platform_id = l.platform_id AND v.plan_seq = l.plan_seq
                WHERE l.province = ? ORDER BY l.platform_id, l.line_no""", rs -> {
            plans.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlanLine(
                    FundingSource.valueOf(rs.getString("source")), rs.getString("party_id"), rs.getInt("year"),
                    money(rs, "amount")));
        }, province, Sql.time(knownAt), Sql.time(knownAt), province);
        return plans;
    }

    /** Per platform of {@code province}, what the decisions recorded by {@code knownAt} did to its provincial plan. */
    Map<String, Money> provincialAdjustments(String province, Instant knownAt) {
        Map<String, Money> adjustments = new HashMap<>();
        jdbc.query("""
                SELECT platform_id, type, amount FROM read_model.national_decision
                WHERE province = ? AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz)""", rs -> {
            Money effect = DecisionType.valueOf(rs.getString("type")).provincialEffect(money(rs, "amount"));
            adjustments.merge(rs.getString("platform_id"), effect, Money::plus);
        }, province, Sql.time(knownAt), Sql.time(knownAt));
        return adjustments;
    }

    /** Per platform of {@code province}, its ledger lines in effect on {@code asOf} and recorded by {@code knownAt}. */
    Map<String, List<LedgerLine>> lines(String province, LocalDate asOf, Instant knownAt) {
        Map<String, List<LedgerLine>> lines = new HashMap<>();
        jdbc.query("""
                SELECT * FROM read_model.national_ledger_line WHERE province = ?
                  AND (?::date IS NULL OR effective_date <= ?::date)
                  AND (?::timestamptz IS NULL OR recorded_at <= ?::timestamptz)
                ORDER BY platform_id, sequence_number""", rs -> {
            LedgerLine line = LedgerLineRepository.ROWS.mapRow(rs, 0);
            lines.computeIfAbsent(line.platformId(), k -> new ArrayList<>()).add(line);
        }, province, asOf, asOf, Sql.time(knownAt), Sql.time(knownAt));
        return lines;
    }
}
