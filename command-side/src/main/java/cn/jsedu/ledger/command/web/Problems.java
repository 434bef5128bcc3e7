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
        // Details and field names may quote the client's input (an unknown field's name, what the parser met):
        // cleaned here, once, so every problem stays text a strict JSON reader accepts.
        List<FieldProblem> cleaned = errors.stream()
                .map(error -> new FieldProblem(clean(error.field()), clean(error.message())))
                .toList();
        return cn.jsedu.ledger.support.problem.Problems.of(code, status, clean(detail), cleaned, request);
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

    /**
     * Parser messages may quote input; keep them to one short line of text: control characters become spaces, and a
     * lone surrogate (the parser quotes one it met in a body that was not UTF-8) or a noncharacter becomes U+FFFD,
     * since a problem detail holding one is not text a strict JSON reader accepts. Cut at 300 characters, never inside a pair.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (out.length() + Character.charCount(c) > 300) {
                return out.append('…').toString();
            }
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.SURROGATE || isNoncharacter(c)) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}
