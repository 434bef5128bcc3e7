package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.query.export.ExportTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.jsedu.ledger.query.export.ExportTable.number;
import static cn.jsedu.ledger.query.export.ExportTable.text;

/**
 * A round's published results as a table for the spreadsheet export (the ranking export's layout, with the panel's
 * items, the total and the grade): per platform its rank, every item's points in the scheme's order, the objective,
 * panel and total points and the grade in Chinese. Points are exact decimals (centipoints ÷ 100).
 */
public final class RoundExports {

    private RoundExports() {
    }

    public static ExportTable results(List<RoundResultView> results, EvaluationScheme scheme) {
        List<ExportTable.Column> columns = new ArrayList<>(List.of(number("rank", "排名"), text("platformId", "平台编号"),
                text("title", "平台名称"), text("collegeName", "学校")));
        for (SchemeItem item : scheme.items()) {
            columns.add(number(item.code() + ".points", item.title() + "（" + item.weight() + "分）"));
        }
        columns.addAll(List.of(number("objectivePoints", "客观得分"), number("panelPoints", "专家评议得分"),
                number("totalPoints", "总分"), text("grade", "等级"), text("gradeCode", "等级代码")));
        List<List<Object>> rows = new ArrayList<>();
        for (RoundResultView r : results) {
            List<Object> values = new ArrayList<>(List.of(r.rank(), r.platformId()));
            values.add(r.title());
            values.add(r.collegeName());
            for (SchemeItem item : scheme.items()) {
                values.add(points(find(item.kind() == ItemKind.PANEL ? r.panel() : r.objective(), item.code())));
            }
            values.addAll(List.of(points(r.objectiveCentipoints()), points(r.panelCentipoints()),
                    points(r.totalCentipoints()), r.gradeZh(), r.grade().name()));
            rows.add(values);
        }
        return new ExportTable("评价结果", columns, rows);
    }

    static int find(List<ItemScore> scores, String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst().map(ItemScore::centipoints)
                .orElseThrow(() -> new IllegalStateException("no score of " + code));
    }

    public static BigDecimal points(int centipoints) {
        return BigDecimal.valueOf(centipoints, 2);
    }
}
