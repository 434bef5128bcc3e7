package cn.jsedu.ledger.kernel.evaluation;

import cn.jsedu.ledger.kernel.evaluation.ScoringRule.WhenNothingToMeasure;

import java.util.List;
import java.util.Optional;

/**
 * The schemes the ledger ships, by version. Version 1 is built from the construction plan (docs/domain.md §1, §6, §8):
 * half the points objective, from the ledger, half from the expert panel; 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, else 不合格.
 * The item codes are the published language: clients and the objective calculation switch on them.
 */
public final class EvaluationSchemes {

    public static final String DEFAULT_SCHEME_ID = "JS-PLATFORMS-EVALUATION";

    /** 到位率: investment in place against the plan's share due by the reference date (the elapsed construction period). */
    public static final String FUNDS_IN_PLACE = "FUNDS_IN_PLACE";
    /** 企业投入占比: enterprise investment in place, of all investment in place; full at one third. */
    public static final String ENTERPRISE_SHARE = "ENTERPRISE_SHARE";
    /** 执行率: cash spent, of cash received; full at four fifths. */
    public static final String EXECUTION = "EXECUTION";
    /** 任务指标: the task book's mandatory indicators (tasks 1–7) whose latest actual reaches the target. */
    public static final String TASK_INDICATORS = "TASK_INDICATORS";
    /** 按时报送: the half-yearly reports fallen due by the reference date that were submitted. */
    public static final String REPORTS_SUBMITTED = "REPORTS_SUBMITTED";
    /** 工位开放: complete years in which at least a third of the workstations were offered to enterprises and society. */
    public static final String WORKSTATION_SHARE = "WORKSTATION_SHARE";
    /** 专家评议: construction quality and results. */
    public static final String PANEL_CONSTRUCTION_QUALITY = "PANEL_CONSTRUCTION_QUALITY";
    /** 专家评议: service to industry, features and innovation. */
    public static final String PANEL_SERVICE_AND_INNOVATION = "PANEL_SERVICE_AND_INNOVATION";

    public static final EvaluationScheme DEFAULT_V1 = new EvaluationScheme(DEFAULT_SCHEME_ID, 1, List.of(
            SchemeItem.objective(FUNDS_IN_PLACE, "资金到位率", 12,
                    ScoringRule.reaching(1, 1, WhenNothingToMeasure.FULL)),
            SchemeItem.objective(ENTERPRISE_SHARE, "企业投入占比", 8,
                    ScoringRule.reaching(1, 3, WhenNothingToMeasure.NONE)),
            SchemeItem.objective(EXECUTION, "资金执行率", 8,
                    ScoringRule.reaching(4, 5, WhenNothingToMeasure.NONE)),
            SchemeItem.objective(TASK_INDICATORS, "重点任务指标达成", 12,
                    ScoringRule.reaching(1, 1, WhenNothingToMeasure.NONE)),
            SchemeItem.objective(REPORTS_SUBMITTED, "定期报告按时报送", 5,
                    ScoringRule.reaching(1, 1, WhenNothingToMeasure.FULL)),
            SchemeItem.objective(WORKSTATION_SHARE, "工位开放比例", 5,
                    ScoringRule.reaching(1, 1, WhenNothingToMeasure.FULL)),
            SchemeItem.panel(PANEL_CONSTRUCTION_QUALITY, "专家评议：建设质量与成效", 25),
            SchemeItem.panel(PANEL_SERVICE_AND_INNOVATION, "专家评议：服务贡献与特色创新", 25)),
            List.of(new GradeBand(Grade.EXCELLENT, 9_000), new GradeBand(Grade.GOOD, 7_500),
                    new GradeBand(Grade.PASSED, 6_000), new GradeBand(Grade.FAILED, 0)));

    private static final List<EvaluationScheme> ALL = List.of(DEFAULT_V1);

    private EvaluationSchemes() {
    }

    /** The shipped scheme of that id and version, if there is one. */
    public static Optional<EvaluationScheme> find(String schemeId, int version) {
        return ALL.stream().filter(s -> s.schemeId().equals(schemeId) && s.version() == version).findFirst();
    }

    /** The newest shipped version of the default scheme: what a round uses unless it names another. */
    public static EvaluationScheme current() {
        return DEFAULT_V1;
    }
}
