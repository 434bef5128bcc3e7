package cn.jsedu.ledger.query.round;

import cn.jsedu.ledger.kernel.evaluation.EvaluationResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * A proposal's results as the read model stores them: the event's own {@link EvaluationResult} records as JSON, so
 * that what the round shows, exports and reconciles is exactly what was proposed (and published), item by item.
 */
final class ResultsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<EvaluationResult>> LIST = new TypeReference<>() {
    };

    private ResultsJson() {
    }

    static String write(List<EvaluationResult> results) {
        try {
            return JSON.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write evaluation results as JSON", e);
        }
    }

    static List<EvaluationResult> read(String json) {
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation results are not readable", e);
        }
    }
}
