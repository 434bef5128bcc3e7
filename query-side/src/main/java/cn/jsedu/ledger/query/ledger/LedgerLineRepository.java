package cn.jsedu.ledger.query.ledger;

import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;

import static cn.jsedu.ledger.query.readmodel.Sql.money;

/** Reads a platform's ledger lines from read_model.ledger_entry, in the order they were recorded. */
@Repository
public class LedgerLineRepository {

    /** One row of read_model.ledger_entry (or of a table with its columns, as the national view's) as a line. */
    public static final RowMapper<LedgerLine> ROWS = (rs, i) -> new LedgerLine(rs.getString("event_id"),
            rs.getString("platform_id"), rs.getLong("sequence_number"), rs.getString("entry_id"),
            EntryKind.valueOf(rs.getString("kind")), rs.getString("original_entry_id"),
            FundingSource.valueOf(rs.getString("source")), rs.getString("party_id"),
            ContributionForm.valueOf(rs.getString("form")),
            rs.getString("category") == null ? null : ExpenditureCategory.valueOf(rs.getString("category")),
            money(rs, "amount"), new MoneyEffect(money(rs, "received_cash"), money(rs, "received_non_cash"),
            money(rs, "spent"), money(rs, "recovered")), rs.getDate("effective_date").toLocalDate(),
            Sql.instant(rs, "recorded_at"), rs.getString("voucher_ref"), rs.getString("reason"));

    private final JdbcTemplate jdbc;

    public LedgerLineRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LedgerLine> linesOf(String platformId) {
        return jdbc.query("SELECT * FROM read_model.ledger_entry WHERE platform_id = ? ORDER BY sequence_number", ROWS,
                platformId);
    }
}
