package cn.jsedu.ledger.query.platform;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.query.readmodel.ReadModelWriter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

import static cn.jsedu.ledger.query.readmodel.Sql.money;
import static cn.jsedu.ledger.query.readmodel.Sql.time;

/** Keeps every plan version (for knownAt) and the platform's planned totals (for programme views). */
@Component
public class PlanWriter {

    private final ReadModelWriter writer;

    public PlanWriter(ReadModelWriter writer) {
        this.writer = writer;
    }

    void store(String platformId, long sequence, String kind, List<PlanLine> plan, EventMessage<?> message,
               String reason, String decisionRef) {
        writer.update("""
                INSERT INTO read_model.plan_version (platform_id, plan_seq, kind, recorded_at, event_id, reason, decision_ref)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", platformId, sequence, kind, time(message.getTimestamp()),
                message.getIdentifier(), reason, decisionRef);
        for (int i = 0; i < plan.size(); i++) {
            PlanLine line = plan.get(i);
            writer.update("""
                    INSERT INTO read_model.plan_line (platform_id, plan_seq, line_no, source, party_id, year, amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", platformId, sequence, i, line.source().name(), line.partyId(),
                    line.year(), money(line.amount()));
        }
        Money total = PlanLine.total(plan);
        writer.update("""
                UPDATE read_model.platform SET planned_total = ? + provincial_adjustment, planned_enterprise = ?,
                  planned_provincial = ? + provincial_adjustment WHERE platform_id = ?""",
                money(total), money(PlanLine.total(plan, FundingSource.ENTERPRISE)),
                money(PlanLine.total(plan, FundingSource.PROVINCIAL_FINANCE)),
                platformId);
    }
}
