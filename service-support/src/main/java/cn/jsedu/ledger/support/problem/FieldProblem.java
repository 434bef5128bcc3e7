package cn.jsedu.ledger.support.problem;

/**
 * One entry of a problem detail's {@code errors}: the field to blame, as the client wrote it (a JSON path such as
 * {@code enterprises[0].name}, a path variable or a query parameter), and what is wrong with it.
 */
public record FieldProblem(String field, String message) implements Comparable<FieldProblem> {

    @Override
    public int compareTo(FieldProblem other) {
        return field.compareTo(other.field);
    }
}
