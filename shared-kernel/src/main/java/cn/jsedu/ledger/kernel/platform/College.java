package cn.jsedu.ledger.kernel.platform;

/** The higher vocational college (高职院校) that builds a platform: its code and name. */
public record College(String code, String name) {
}
