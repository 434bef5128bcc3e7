package cn.jsedu.ledger.query.console;

import java.util.List;

/**
 * What the command API answered to a form: the platform's version (and the entry created) on success, else its
 * problem detail as it stands (code, detail and the fields to blame), so the form shows the API's own messages.
 */
public record CommandOutcome(int status, Long version, String entryId, String code, String detail,
                             List<FieldProblem> errors) {

    public record FieldProblem(String field, String message) {
    }

    public static final String UNAVAILABLE = "COMMAND_API_UNAVAILABLE";

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The messages for one form field: errors naming the field itself or a part of it ({@code usage.x}). */
    public List<String> messagesFor(String field) {
        return errors.stream().filter(e -> e.field() != null && (e.field().equals(field) || e.field().endsWith("." + field)))
                .map(FieldProblem::message).toList();
    }
}
