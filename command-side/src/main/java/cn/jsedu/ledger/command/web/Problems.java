package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

/**
 * The command side's problem details: the shared shape (service-support's {@code Problems}) with the fields to blame
 * as the client wrote them.
 */
final class Problems {

    private Problems() {
    }

    record FieldProblem(String field, String message) implements Comparable<FieldProblem> {
        @Override
        public int compareTo(FieldProblem other) {
            return field.compareTo(other.field);
        }
    }

    static ResponseEntity<ProblemDetail> of(ErrorCode code, String detail, List<FieldProblem> errors,
                                            HttpServletRequest request) {
        return of(code, HttpStatus.valueOf(code.kind().httpStatus()), detail, errors, request);
    }

    static ResponseEntity<ProblemDetail> of(ErrorCode code, HttpStatus status, String detail, List<FieldProblem> errors,
                                            HttpServletRequest request) {
        return cn.jsedu.ledger.support.problem.Problems.of(code, status, detail, errors, request);
    }

    /** The JSON path of a mapping problem as the client wrote it: {@code plan[0].amount}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Parser messages may quote input; keep them to one short line without control characters. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
