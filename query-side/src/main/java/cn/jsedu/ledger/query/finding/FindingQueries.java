package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Findings of one platform, and the overdue ones of the whole programme. */
@Repository
public class FindingQueries {

    private final JdbcTemplate jdbc;

    public FindingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public FindingsView ofPlatform(String platformId, LocalDate today) {
        List<FindingView> findings = jdbc.query("SELECT * FROM read_model.finding WHERE platform_id = ? "
                + "ORDER BY recorded_at, finding_id", (rs, i) -> row(rs, today), platformId);
        return new FindingsView(platformId, today, (int) findings.stream().filter(f -> f.status().unresolved()).count(),
                findings, findings.stream().filter(FindingView::overdue).map(f -> FindingsView.Warning.of(f, today))
                        .toList());
    }

    /** Every finding of the programme waiting for its rectification past its deadline, the longest overdue first. */
    public List<FindingsView.Warning> overdue(LocalDate today) {
        return jdbc.query("SELECT * FROM read_model.finding WHERE status = ? AND deadline < ? "
                        + "ORDER BY deadline, platform_id, finding_id", (rs, i) -> row(rs, today),
                FindingStatus.OPEN.name(), today).stream().map(f -> FindingsView.Warning.of(f, today)).toList();
    }

    private static FindingView row(ResultSet rs, LocalDate today) throws SQLException {
        FindingStatus status = FindingStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        FindingCategory category = FindingCategory.valueOf(rs.getString("category"));
        String rectifiedBy = rs.getString("rectified_by");
        String rectificationText = rs.getString("rectification_text");
        String closedAt = rs.getString("closed_at");
        return new FindingView(rs.getString("platform_id"), rs.getString("finding_id"), category,
                category.chineseName(), rs.getString("text"), ids(rs.getString("evidence_event_ids")),
                ids(rs.getString("documents")), deadline, status,
                status.awaitsRectification() && deadline.isBefore(today), rs.getString("recorded_by"),
                Sql.instant(rs, "recorded_at"), rs.getString("event_id"),
                rectificationText == null ? null : new FindingView.Rectification(rectificationText,
                        ids(rs.getString("rectification_documents")), rectifiedBy, Sql.instant(rs, "rectified_at")),
                closedAt == null ? null : new FindingView.Closure(rs.getString("closing_remarks"),
                        rs.getString("closed_by"), Sql.instant(rs, "closed_at")),
                rs.getInt("reopened_count"), rs.getString("reopen_reason"));
    }

    private static List<String> ids(String spaced) {
        return spaced == null || spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }
}
