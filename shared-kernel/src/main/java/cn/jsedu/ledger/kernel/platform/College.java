package cn.jsedu.ledger.kernel.platform;

/**
 * The higher vocational college (高职院校) that builds a platform: its code, name and the city (设区市) it is in, by
 * which programme-wide answers are filtered. The city is null for declarations that did not name one (all declared
 * before cities were asked for).
 */
public record College(String code, String name, String city) {

    /** A college whose city was not given. */
    public College(String code, String name) {
        this(code, name, null);
    }
}
