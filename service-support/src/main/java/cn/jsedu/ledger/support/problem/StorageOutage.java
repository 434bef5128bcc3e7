package cn.jsedu.ledger.support.problem;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

/**
 * What a side tells its client when the database cannot be reached (503 {@code SERVICE_UNAVAILABLE}): the only part
 * of the answer that differs between the sides. A command's outcome is then unknown and the client must retry with
 * its Idempotency-Key; a query changed nothing. Each side contributes its wording as a bean; both its exception
 * handlers and the {@code StorageOutageFilter} (failures before a controller runs) answer with it.
 */
public record StorageOutage(String detail) {

    /** Used when a side says nothing more specific. */
    public static final StorageOutage GENERIC = new StorageOutage("the ledger could not reach its database");

    public ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        return Problems.of(ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, detail, List.of(), request);
    }
}
