package cn.jsedu.ledger.console.api.view;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The command API's answer to an import (ADR 0024), success or problem in one shape: on success the counts
 * ({@code rows}, {@code recorded}, {@code alreadyRecorded}, {@code dryRun}); on a refusal the problem's {@code code},
 * {@code detail} and every row's error, with the column's Chinese label and the message in English and Chinese.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportAnswerView(Integer rows, Integer recorded, Integer alreadyRecorded, Boolean dryRun, Long version,
                               String code, String detail, List<RowError> errors) {

    public ImportAnswerView {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowError(Integer row, String column, String columnLabel, String field, String code, String message,
                           String messageZh) {
    }
}
