package cn.jsedu.ledger.command.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The success a command endpoint really answers, for the OpenAPI document: the controllers return a
 * {@code ResponseEntity} whose status is chosen at run time, which springdoc cannot see. {@code ApiDocumentsIT}
 * checks the documented statuses against real answers.
 */
public final class CommandAnswer {

    private CommandAnswer() {
    }

    /** 201: a new entry (installment, expenditure, report, ...) was recorded. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201",
            description = "Recorded: the platform, the new entry (if any) and the platform's version")
    public @interface Created {
    }

    /** 202: a change that needs four eyes was proposed; it takes effect when a second administrator approves it. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "202",
            description = "Proposed: waits for a second administrator; the proposal's id is the entryId")
    public @interface Proposed {
    }

    /** 200: the platform changed (approved, rejected, resumed, ...) without a new entry. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "Recorded: the platform and its version")
    public @interface Changed {
    }
}
