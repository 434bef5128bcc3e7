package cn.jsedu.ledger.kernel.fund;

/** Where money comes from (资金来源), docs/domain.md §3. */
public enum FundingSource {
    /** 省财政专项资金（含奖补）. */
    PROVINCIAL_FINANCE("省财政专项资金（含奖补）"),
    /** 地方政府. */
    LOCAL_GOVERNMENT("地方政府"),
    /** 举办方. */
    SPONSOR("举办方"),
    /** 合作企业: always attributed to one named enterprise party. */
    ENTERPRISE("合作企业"),
    /** 学校自筹. */
    COLLEGE("学校自筹"),
    /** 行业及其他. */
    INDUSTRY_OTHER("行业及其他");

    private final String chineseName;

    FundingSource(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
