package cn.jsedu.ledger.query.finance;

import cn.jsedu.ledger.kernel.budget.BudgetLine;
import cn.jsedu.ledger.kernel.event.BudgetSetEvent;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import cn.jsedu.ledger.query.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.name;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/** Every version of every platform's budget, with when it was recorded (read_model.budget_line). */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class BudgetProjection {

    static final String INSERT = """
            INSERT INTO read_model.budget_line (platform_id, budget_version, category, year, amount, sequence_number,
              recorded_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final ReadModelWriter writer;

    public BudgetProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(BudgetSetEvent e, EventMessage<?> message, @SequenceNumber Long sequence) {
        for (BudgetLine line : e.budget()) {
            writer.update(INSERT, e.platformId(), e.budgetVersion(), name(line.category()), line.year(),
                    money(line.amount()), sequence, time(message.getTimestamp()), message.getIdentifier());
        }
    }
}
