package cn.jsedu.ledger.kernel.evaluation;

/** The grade of an evaluation (docs/domain.md §8), best first. */
public enum Grade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASSED("合格"),
    FAILED("不合格");

    private final String chineseName;

    Grade(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
