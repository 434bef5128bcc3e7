package cn.jsedu.ledger.console.api.view;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The query API's {@code GET /api/v1/programmes/{id}} (ADR 0019): the parameters in force on {@code asOf} and their
 * history, the established set first (no effective date), then each rule change in order of effective date with the
 * whole set in force from that date on. Parameters are kept as the API writes them (money and shares as text, the
 * rest as numbers, lists and maps), by parameter name, so a parameter the console does not know yet is still shown.
 */
public record ProgrammeRulesView(String programmeId, String name, String status, Instant establishedAt, long version,
                                 LocalDate asOf, Map<String, JsonNode> inForce, List<Step> history) {

    public ProgrammeRulesView {
        inForce = inForce == null ? Map.of() : inForce;
        history = history == null ? List.of() : history;
    }

    /** One step of the history: from {@code effectiveFrom} (null: from the start) the set {@code parameters}. */
    public record Step(LocalDate effectiveFrom, Instant recordedAt, Map<String, String> changes,
                       Map<String, JsonNode> parameters) {

        public Step {
            changes = changes == null ? Map.of() : changes;
            parameters = parameters == null ? Map.of() : parameters;
        }
    }
}
