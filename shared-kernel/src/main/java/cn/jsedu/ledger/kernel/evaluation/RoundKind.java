package cn.jsedu.ledger.kernel.evaluation;

/** What an evaluation round is (docs/domain.md §8): the annual evaluation or the mid-term inspection. */
public enum RoundKind {
    /** 年度绩效评价. */
    ANNUAL("年度绩效评价"),
    /** 中期检查. */
    MIDTERM("中期检查");

    private final String chineseName;

    RoundKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
