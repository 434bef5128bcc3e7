package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.query.readmodel.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static cn.jsedu.ledger.query.readmodel.Sql.money;

/** Reads budgets and chain steps from the read model. */
@Repository
public class FinanceRepository {

    /** The budget in force as known at a time: its version and lines. */
    public record Budget(int version, List<BudgetLine> lines) {
    }

    private final JdbcTemplate jdbc;

    public FinanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest budget version recorded by {@code knownAt} (null: now); empty if none was declared by then. */
    public Optional<Budget> budgetKnownAt(String platformId, Instant knownAt) {
        List<Integer> versions = jdbc.queryForList("""
                SELECT max(budget_version) FROM read_model.budget_line
                WHERE platform_id = ? AND (CAST(? AS TIMESTAMPTZ) IS NULL OR recorded_at <= ?)""", Integer.class,
                platformId, Sql.time(knownAt), Sql.time(knownAt));
        Integer version = versions.isEmpty() ? null : versions.get(0);
        if (version == null) {
            return Optional.empty();
        }
        return Optional.of(new Budget(version, jdbc.query("""
                SELECT category, year, amount FROM read_model.budget_line
                WHERE platform_id = ? AND budget_version = ? ORDER BY year, category""",
                (rs, i) -> new BudgetLine(ExpenditureCategory.valueOf(rs.getString("category")), rs.getInt("year"),
                        money(rs, "amount")), platformId, version)));
    }

    public List<ChainStep> stepsOf(String platformId) {
        return jdbc.query("""
                SELECT * FROM read_model.provincial_chain_step WHERE platform_id = ?
                ORDER BY sequence_number, step, step_id""",
                (rs, i) -> new ChainStep(rs.getString("platform_id"), rs.getLong("sequence_number"),
                        ChainStep.Step.valueOf(rs.getString("step")), rs.getString("step_id"),
                        rs.getString("allocation_id"), rs.getString("payment_id"), rs.getString("decision_id"),
                        money(rs, "amount"), rs.getDate("step_date").toLocalDate(), rs.getString("document_ref"),
                        Sql.instant(rs, "recorded_at")), platformId);
    }
}
