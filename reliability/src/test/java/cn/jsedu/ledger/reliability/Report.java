package cn.jsedu.ledger.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** Appends each scenario's figures to target/reliability/results.jsonl, the source of RELIABILITY.md. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Report() {
    }

    static void write(String scenario, Invariants.Result result, Map<String, Object> extra) {
        ObjectNode line = JSON.valueToTree(result);
        line.put("scenario", scenario);
        line.put("ok", result.ok());
        extra.forEach((k, v) -> line.putPOJO(k, v));
        Path file = Path.of(System.getProperty("reliability.out", "target/reliability")).resolve("results.jsonl");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("RELIABILITY " + line);
    }
}
