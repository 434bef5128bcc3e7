package cn.jsedu.ledger.query.finding;

import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The findings in {@code status} of the listed platforms, by platform in recording order: one query for an inbox
     * over many platforms, not one per platform.
     */
    public Map<String, List<FindingView>> inStatus(Collection<String> platformIds, FindingStatus status,
                                                   LocalDate today) {
        Map<String, List<FindingView>> byPlatform = new HashMap<>();
        if (platformIds.isEmpty()) {
            return byPlatform;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT * FROM read_model.finding "
                    + "WHERE status = ? AND platform_id = ANY (?) ORDER BY platform_id, recorded_at, finding_id");
            statement.setString(1, status.name());
            statement.setArray(2, connection.createArrayOf("text", platformIds.toArray()));
            return statement;
        }, (ResultSet rs) -> {
            FindingView finding = row(rs, today);
            byPlatform.computeIfAbsent(finding.platformId(), id -> new ArrayList<>()).add(finding);
        });
        return byPlatform;
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
