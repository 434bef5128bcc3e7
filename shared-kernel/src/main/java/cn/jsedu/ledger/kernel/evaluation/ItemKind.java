package cn.jsedu.ledger.kernel.evaluation;

/** Who scores an item of an evaluation scheme. */
public enum ItemKind {
    /** Computed from the ledger as of the round's reference date, with the events behind it. */
    OBJECTIVE,
    /** Scored by the expert panel (专家评议), with who scored it, when and why. */
    PANEL
}
