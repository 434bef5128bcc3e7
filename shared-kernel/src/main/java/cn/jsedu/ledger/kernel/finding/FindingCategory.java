package cn.jsedu.ledger.kernel.finding;

/** What an audit finding (审计发现) is about (docs/domain.md §8). */
public enum FindingCategory {
    FUND_USE("资金使用"),
    ACCOUNTING("会计核算"),
    PROCUREMENT("采购管理"),
    ASSET_MANAGEMENT("资产管理"),
    CONTRIBUTION("资金到位"),
    PERFORMANCE("绩效目标"),
    OTHER("其他");

    private final String chineseName;

    FindingCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
