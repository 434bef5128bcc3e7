package cn.jsedu.ledger.kernel.evaluation;

import java.util.Objects;

/**
 * One item of an evaluation scheme: a stable code clients switch on, a Chinese title, who scores it, its weight in
 * whole points and, for an objective item, its {@link ScoringRule} (null for a panel item, which the panel scores
 * directly from 0 to its weight in hundredths of a point).
 */
public record SchemeItem(String code, String title, ItemKind kind, int weight, ScoringRule rule) {

    public SchemeItem {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("an item code is upper case letters, digits and _, at most 64");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (weight <= 0 || weight > 100) {
            throw new IllegalArgumentException("an item's weight lies in 1..100 points");
        }
        if ((kind == ItemKind.OBJECTIVE) != (rule != null)) {
            throw new IllegalArgumentException("an objective item has a scoring rule, a panel item none");
        }
    }

    public static SchemeItem objective(String code, String title, int weight, ScoringRule rule) {
        return new SchemeItem(code, title, ItemKind.OBJECTIVE, weight, Objects.requireNonNull(rule, "rule"));
    }

    public static SchemeItem panel(String code, String title, int weight) {
        return new SchemeItem(code, title, ItemKind.PANEL, weight, null);
    }

    /** The most this item earns, in centipoints. */
    public int fullCentipoints() {
        return weight * 100;
    }

    /** True iff a panel may give this item {@code centipoints}: a panel item, from 0 to its full weight. */
    public boolean acceptsPanelScore(int centipoints) {
        return kind == ItemKind.PANEL && centipoints >= 0 && centipoints <= fullCentipoints();
    }
}
