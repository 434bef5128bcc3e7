package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.report.PlatformReports;

import cn.jsedu.ledger.kernel.indicator.IndicatorUnit;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads {@link PlatformReports} for one platform or a page of them: four queries, whatever the page size. */
@Repository
public class ReportingRepository {

    /** Rows recorded by the time bound twice after it (null: every row). */
    private static final String KNOWN = " AND (CAST(? AS TIMESTAMPTZ) IS NULL OR recorded_at <= CAST(? AS TIMESTAMPTZ))";

    private final JdbcTemplate jdbc;

    public ReportingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PlatformReports of(String platformId) {
        return load(List.of(platformId)).getOrDefault(platformId, PlatformReports.NONE);
    }

    /**
     * The reports, actuals and agreements recorded by {@code knownAt} (null: now). The task book's targets are those
     * in force now if recorded by then, else none: the read model keeps no superseded task book, so a caller that
     * needs the one in force at {@code knownAt} asks {@link #taskBookRecordedAfter} and reads it from the events.
     */
    public PlatformReports knownAt(String platformId, Instant knownAt) {
        return load(List.of(platformId), knownAt).getOrDefault(platformId, PlatformReports.NONE);
    }

    public Map<String, PlatformReports> load(Collection<String> platformIds) {
        return load(platformIds, null);
    }

    /** True if the task book in force now was recorded after {@code knownAt}: the one in force then is not kept here. */
    public boolean taskBookRecordedAfter(String platformId, Instant knownAt) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM read_model.task_book_target "
                + "WHERE platform_id = ? AND recorded_at > CAST(? AS TIMESTAMPTZ))", Boolean.class, platformId,
                Sql.time(knownAt)));
    }

    private Map<String, PlatformReports> load(Collection<String> platformIds, Instant knownAt) {
        String[] ids = platformIds.toArray(String[]::new);
        OffsetDateTime t = knownAt == null ? null : Sql.time(knownAt);
        Map<String, List<PlatformReports.Report>> reports = new HashMap<>();
        jdbc.query("SELECT * FROM read_model.report WHERE platform_id = ANY(?)" + KNOWN
                + " ORDER BY period, report_version", rs -> {
            reports.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlatformReports.Report(
                    ReportingPeriod.parse(rs.getString("period")), rs.getInt("report_version"),
                    rs.getDate("submitted_on").toLocalDate(), rs.getInt("workstations_total"),
                    rs.getInt("workstations_offered"), rs.getLong("training_person_times"),
                    rs.getLong("student_practice_hours"), rs.getString("event_id")));
        }, ids, t, t);
        Map<String, List<PlatformReports.Actual>> actuals = new HashMap<>();
        jdbc.query("SELECT i.* FROM read_model.report_indicator i JOIN read_model.report r ON r.platform_id = i.platform_id"
                + " AND r.period = i.period AND r.report_version = i.report_version WHERE i.platform_id = ANY(?)"
                + KNOWN.replace("recorded_at", "r.recorded_at"), rs -> {
            actuals.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlatformReports.Actual(
                    ReportingPeriod.parse(rs.getString("period")), rs.getInt("report_version"), rs.getString("code"),
                    rs.getString("value"), rs.getLong("value_long"), rs.getString("event_id")));
        }, ids, t, t);
        Map<String, List<PlatformReports.Target>> targets = new HashMap<>();
        jdbc.query("SELECT * FROM read_model.task_book_target WHERE platform_id = ANY(?)" + KNOWN + " ORDER BY task, code",
                rs -> {
            targets.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlatformReports.Target(
                    rs.getString("code"), rs.getInt("task"), IndicatorUnit.valueOf(rs.getString("unit")),
                    rs.getString("target"), rs.getLong("target_value"), rs.getString("event_id")));
        }, ids, t, t);
        Map<String, List<String>> agreements = new HashMap<>();
        jdbc.query("SELECT platform_id, event_id FROM read_model.agreement WHERE platform_id = ANY(?)" + KNOWN
                + " ORDER BY signed_on", rs -> {
                    agreements.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(rs.getString("event_id"));
                }, ids, t, t);
        Map<String, PlatformReports> result = new HashMap<>();
        for (String id : platformIds) {
            result.put(id, new PlatformReports(reports.getOrDefault(id, List.of()), actuals.getOrDefault(id, List.of()),
                    targets.getOrDefault(id, List.of()), agreements.getOrDefault(id, List.of())));
        }
        return result;
    }
}
