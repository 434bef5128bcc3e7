package cn.jsedu.ledger.command.web;

/** The reason and the decision reference (文号) a command carries into its events' metadata; either may be null. */
public record Why(String reason, String decisionRef) {

    public static final Why NONE = new Why(null, null);

    public static Why reason(String reason) {
        return new Why(reason, null);
    }
}
