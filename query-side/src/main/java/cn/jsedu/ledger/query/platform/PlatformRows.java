package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Date;
import java.time.LocalDate;

import static cn.jsedu.ledger.query.readmodel.Sql.instant;
import static cn.jsedu.ledger.query.readmodel.Sql.money;

/** Maps read_model.platform rows. */
final class PlatformRows {

    static final RowMapper<PlatformRow> MAPPER = (rs, i) -> new PlatformRow(
            rs.getString("platform_id"), rs.getString("programme_id"), rs.getString("college_code"), rs.getString("college_name"), rs.getString("college_city"),
            rs.getString("major_group"), rs.getString("industry"), rs.getString("title"),
            PlatformStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("batch"),
            date(rs.getDate("construction_start")), date(rs.getDate("construction_end")), rs.getString("approval_ref"),
            rs.getBoolean("key_support"), date(rs.getDate("acceptance_requested_on")), acceptanceResult(rs.getString("acceptance_result")),
            date(rs.getDate("acceptance_reviewed_on")), instant(rs, "declared_at"), instant(rs, "updated_at"),
            rs.getLong("version"), money(rs, "planned_total"), money(rs, "planned_enterprise"),
            money(rs, "planned_provincial"), money(rs, "provincial_adjustment"), money(rs, "received_cash"),
            money(rs, "received_non_cash"), money(rs, "spent"), money(rs, "recovered"),
            money(rs, "enterprise_received"), money(rs, "enterprise_recovered"), money(rs, "provincial_received_cash"),
            money(rs, "provincial_received_non_cash"), money(rs, "provincial_spent"), money(rs, "provincial_recovered"));

    private PlatformRows() {
    }

    private static AcceptanceResult acceptanceResult(String name) {
        return name == null ? null : AcceptanceResult.valueOf(name);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
