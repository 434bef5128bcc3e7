package cn.jsedu.ledger.query.reporting;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The equipment entries of the report versions in force (superseded versions are kept but not listed). */
@Repository
public class EquipmentRepository {

    private final JdbcTemplate jdbc;

    public EquipmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<EquipmentRegister.Item> items(String platformId) {
        return jdbc.query("""
                SELECT e.* FROM read_model.equipment_item e JOIN read_model.report r
                  ON r.platform_id = e.platform_id AND r.period = e.period AND r.report_version = e.report_version
                WHERE e.platform_id = ? AND NOT r.superseded ORDER BY e.period, e.line_no""",
                (rs, i) -> new EquipmentRegister.Item(rs.getString("period"), rs.getString("item"), rs.getInt("quantity"),
                        rs.getBigDecimal("value").toPlainString(), FundingSource.valueOf(rs.getString("source")),
                        rs.getString("change"), rs.getDate("item_date").toLocalDate(), rs.getString("event_id")),
                platformId);
    }
}
