package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;

import java.util.List;

/** One platform's result in a round, as proposed (or published), with its title and college as they are now. */
public record RoundResultView(int rank, String platformId, String title, String collegeName, List<ItemScore> objective,
                              List<ItemScore> panel, int objectiveCentipoints, int panelCentipoints,
                              int totalCentipoints, Grade grade, String gradeZh) {

    public RoundResultView {
        objective = List.copyOf(objective);
        panel = List.copyOf(panel);
    }
}
