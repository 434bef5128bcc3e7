package cn.jsedu.ledger.kernel.platform;

/** The role a party plays in a co-construction agreement (共建协议). */
public enum PartyRole {
    COLLEGE, ENTERPRISE, LOCAL_GOVERNMENT, SPONSOR, INDUSTRY, OTHER
}
