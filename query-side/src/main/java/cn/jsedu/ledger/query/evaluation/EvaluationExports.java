package cn.jsedu.ledger.query.evaluation;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.query.export.ExportTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.query.export.ExportTable.flag;
import static cn.jsedu.ledger.query.export.ExportTable.number;
import static cn.jsedu.ledger.query.export.ExportTable.text;

/**
 * A ranking as a table for the spreadsheet exports: per platform its rank, objective total and each objective item's
 * points, whether it reached its target, and the events behind it. Points are exact decimals (centipoints ÷ 100).
 */
public final class EvaluationExports {

    private EvaluationExports() {
    }

    public static ExportTable ranking(EvaluationRankingView ranking, EvaluationScheme scheme) {
        List<SchemeItem> items = scheme.itemsOf(ItemKind.OBJECTIVE);
        List<ExportTable.Column> columns = new ArrayList<>(List.of(number("rank", "排名"), text("platformId", "平台编号"),
                text("title", "平台名称"), text("collegeName", "学校"), number("batch", "批次"),
                number("objectivePoints", "客观得分"), number("objectiveFullPoints", "客观满分")));
        for (SchemeItem item : items) {
            columns.add(number(item.code() + ".points", item.title() + "得分"));
            columns.add(flag(item.code() + ".targetMet", item.title() + "达标"));
            columns.add(text(item.code() + ".eventIds", item.title() + "事件编号"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationRankingView.RankedPlatform row : ranking.rows()) {
            ObjectiveScoresView s = row.scores();
            List<Object> values = new ArrayList<>(List.of(row.rank(), s.platformId(), s.title(), s.collegeName()));
            values.add(s.batch());
            values.add(points(s.objectiveCentipoints()));
            values.add(points(s.objectiveFullCentipoints()));
            for (SchemeItem item : items) {
                ItemScore score = s.items().stream().filter(i -> i.code().equals(item.code())).findFirst().orElseThrow();
                values.add(points(score.centipoints()));
                values.add(score.targetMet());
                values.add(String.join(" ", score.eventIds()));
            }
            rows.add(values);
        }
        return new ExportTable("评价排名", columns, rows);
    }

    static BigDecimal points(int centipoints) {
        return BigDecimal.valueOf(centipoints, 2);
    }
}
