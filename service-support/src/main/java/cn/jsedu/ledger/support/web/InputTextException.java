package cn.jsedu.ledger.support.web;

import cn.jsedu.ledger.support.problem.FieldProblem;

import java.util.List;

/** Input with text the ledger does not take in ({@link InputText}): a 400 naming every field to blame. */
public class InputTextException extends RuntimeException {

    private final List<FieldProblem> fields;

    public InputTextException(List<FieldProblem> fields) {
        super("characters that are not allowed in " + fields.stream().map(FieldProblem::field).distinct().toList(),
                null, false, false);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
