package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.report.PlatformReports;

import cn.jsedu.ledger.kernel.indicator.IndicatorUnit;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads {@link PlatformReports} for one platform or a page of them: four queries, whatever the page size. */
@Repository
public class ReportingRepository {

    private final JdbcTemplate jdbc;

    public ReportingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PlatformReports of(String platformId) {
        return load(List.of(platformId)).getOrDefault(platformId, PlatformReports.NONE);
    }

    public Map<String, PlatformReports> load(Collection<String> platformIds) {
        String[] ids = platformIds.toArray(String[]::new);
        Map<String, List<PlatformReports.Report>> reports = new HashMap<>();
        jdbc.query("SELECT * FROM read_model.report WHERE platform_id = ANY(?) ORDER BY period, report_version", rs -> {
            reports.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlatformReports.Report(
                    ReportingPeriod.parse(rs.getString("period")), rs.getInt("report_version"),
                    rs.getDate("submitted_on").toLocalDate(), rs.getInt("workstations_total"),
                    rs.getInt("workstations_offered"), rs.getLong("training_person_times"),
                    rs.getLong("student_practice_hours"), rs.getString("event_id")));
        }, (Object) ids);
        Map<String, List<PlatformReports.Actual>> actuals = new HashMap<>();
        jdbc.query("SELECT * FROM read_model.report_indicator WHERE platform_id = ANY(?)", rs -> {
            actuals.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlatformReports.Actual(
                    ReportingPeriod.parse(rs.getString("period")), rs.getInt("report_version"), rs.getString("code"),
                    rs.getString("value"), rs.getLong("value_long"), rs.getString("event_id")));
        }, (Object) ids);
        Map<String, List<PlatformReports.Target>> targets = new HashMap<>();
        jdbc.query("SELECT * FROM read_model.task_book_target WHERE platform_id = ANY(?) ORDER BY task, code", rs -> {
            targets.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(new PlatformReports.Target(
                    rs.getString("code"), rs.getInt("task"), IndicatorUnit.valueOf(rs.getString("unit")),
                    rs.getString("target"), rs.getLong("target_value"), rs.getString("event_id")));
        }, (Object) ids);
        Map<String, List<String>> agreements = new HashMap<>();
        jdbc.query("SELECT platform_id, event_id FROM read_model.agreement WHERE platform_id = ANY(?) ORDER BY signed_on",
                rs -> {
                    agreements.computeIfAbsent(rs.getString("platform_id"), k -> new ArrayList<>()).add(rs.getString("event_id"));
                }, (Object) ids);
        Map<String, PlatformReports> result = new HashMap<>();
        for (String id : platformIds) {
            result.put(id, new PlatformReports(reports.getOrDefault(id, List.of()), actuals.getOrDefault(id, List.of()),
                    targets.getOrDefault(id, List.of()), agreements.getOrDefault(id, List.of())));
        }
        return result;
    }
}
