package cn.jsedu.ledger.console.form;

import java.util.List;

/**
 * One input of a command form. {@code label} is a message key unless {@code literalLabel} is set (indicator
 * names come from the catalogue); options of a select carry a message key for their text, or literal text.
 */
public record FormField(String name, String type, boolean required, String label, String literalLabel,
                        List<Option> options) {

    public record Option(String value, String label, String literalLabel) {

        public static Option key(String value, String key) {
            return new Option(value, key, null);
        }

        public static Option text(String value, String text) {
            return new Option(value, null, text);
        }
    }

    public static FormField text(String name, boolean required) {
        return new FormField(name, "text", required, "field." + name, null, List.of());
    }

    public static FormField money(String name, boolean required) {
        return new FormField(name, "money", required, "field." + name, null, List.of());
    }

    public static FormField date(String name, boolean required) {
        return new FormField(name, "date", required, "field." + name, null, List.of());
    }

    public static FormField number(String name, boolean required) {
        return new FormField(name, "number", required, "field." + name, null, List.of());
    }

    public static FormField select(String name, boolean required, List<Option> options) {
        return new FormField(name, "select", required, "field." + name, null, options);
    }

    /** Enum values as options labelled by {@code prefix.VALUE} message keys. */
    public static <E extends Enum<E>> List<Option> enumOptions(String prefix, List<E> values) {
        return values.stream().map(v -> Option.key(v.name(), prefix + "." + v.name())).toList();
    }

    /** The same input under another message key: one API field name ({@code text}) means different things per form. */
    public FormField labelKey(String key) {
        return new FormField(name, type, required, key, literalLabel, options);
    }

    public FormField labelled(String literal) {
        return new FormField(name, type, required, label, literal, options);
    }
}
