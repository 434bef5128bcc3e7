package cn.jsedu.ledger.system;

import cn.jsedu.ledger.query.readmodel.ReadModelReset;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding the read models from the event store ends with exactly the same rows as before, while commands go on. */
class RebuildIT {

    @Test
    void aRebuildEndsWithTheSameRows() {
        LedgerSystem ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform("REBUILD-1", "8300000001");
        commands.installment("REBUILD-1", "I-1", "PROVINCIAL_FINANCE", "500000.00", "2020-04-01");
        commands.contribution("REBUILD-1", "C-1", "E2", "TECHNOLOGY", "700000.00", "2020-04-02");
        commands.expenditure("REBUILD-1", "X-1", "PROVINCIAL_FINANCE", null, "100000.00", "2020-05-01");
        commands.provincialCorrection("REBUILD-1", "K-1", "I-1", "400000.00");
        long last = commands.decision("REBUILD-1", "REWARD", "50000.00", "2022-01-10");
        JsonNode detail = expect(ledger.queries.get("/api/v1/platforms/REBUILD-1?minVersion=" + last), 200).json();
        // money in every view is a decimal string (API.md), decisions and pledges included
        assertThat(detail.path("decisions").get(0).path("amount").isTextual()).isTrue();
        assertThat(detail.path("decisions").get(0).path("amount").asText()).isEqualTo("50000.00");
        assertThat(detail.path("agreements").get(0).path("pledges").get(0).path("amount").isTextual()).isTrue();
        // Other classes' events (other platforms, other segments) may still be on their way into the read model:
        // the rows to compare with are those of a read model that has applied the whole store.
        awaitComplete(ledger);
        Map<String, List<String>> before = snapshot(ledger);
        assertThat(before.get("read_model.ledger_entry")).isNotEmpty();

        JsonNode started = expect(ledger.queries.as("admin1").post("/api/v1/admin/read-models/rebuild", "{}"), 202).json();
        assertThat(started.path("eventsInStore").asLong()).isPositive();
        awaitComplete(ledger);
        assertThat(snapshot(ledger)).isEqualTo(before);
        // and the rebuilt read model goes on applying new events exactly once
        long next = commands.installment("REBUILD-1", "I-2", "COLLEGE", "1.00", "2020-06-01");
        assertThat(expect(ledger.queries.get("/api/v1/platforms/REBUILD-1/balances?minVersion=" + next), 200).json()
                .path("total").path("receivedCash").asText()).isEqualTo("400001.00");
    }

    @Test
    void commandsSentDuringARebuildAreEachAppliedOnceAndTheAuditorStillReadsEveryTable() {
        LedgerSystem ledger = LedgerSystem.get();
        Commands commands = new Commands(ledger.commands);
        commands.approvedPlatform("REBUILD-2", "8300000002");
        List<String> grantsBefore = auditorGrants(ledger);
        assertThat(grantsBefore).hasSize(ReadModelReset.TABLES.split(",").length);

        expect(ledger.queries.as("admin1").post("/api/v1/admin/read-models/rebuild", "{}"), 202);
        int sent = 0;
        long last = 0;
        // Installments of 1.00 go on while the rebuild loads, indexes, catches up and swaps, and a little after.
        while (sent < 5 || !"PROJECTING".equals(phase(ledger))) {
            last = commands.installment("REBUILD-2", "D-" + sent, "COLLEGE", "1.00", "2020-06-01");
            sent++;
            assertThat(phase(ledger)).isNotEqualTo("FAILED");
            assertThat(sent).as("the rebuild ends while commands arrive").isLessThan(5_000);
        }
        awaitComplete(ledger);

        JsonNode balances = expect(ledger.queries.get("/api/v1/platforms/REBUILD-2/balances?minVersion=" + last), 200)
                .json();
        assertThat(balances.path("total").path("receivedCash").asText()).isEqualTo(sent + ".00");
        assertThat(ledger.jdbc.queryForObject("SELECT count(*) FROM read_model.ledger_entry WHERE platform_id = "
                + "'REBUILD-2'", Integer.class)).as("one line per command, none lost or doubled").isEqualTo(sent);
        assertThat(auditorGrants(ledger)).isEqualTo(grantsBefore);
    }

    private static String phase(LedgerSystem ledger) {
        return expect(ledger.queries.as("admin1").get("/api/v1/admin/read-models/status"), 200).json()
                .path("phase").asText();
    }

    /** Which read-model tables ledger_auditor may read (ADR 0011): the rebuilt tables keep the grants. */
    private static List<String> auditorGrants(LedgerSystem ledger) {
        return ledger.jdbc.queryForList("""
                SELECT table_name FROM information_schema.role_table_grants
                WHERE grantee = 'ledger_auditor' AND table_schema = 'read_model' AND privilege_type = 'SELECT'
                  AND ('read_model.' || table_name) = ANY (string_to_array(replace(?, ' ', ''), ','))
                ORDER BY table_name""", String.class, ReadModelReset.TABLES);
    }

    /** Until the query side says it has applied every event of the store, with every segment. */
    private static void awaitComplete(LedgerSystem ledger) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode status = expect(ledger.queries.as("admin1").get("/api/v1/admin/read-models/status"), 200).json();
            return status.path("complete").asBoolean();
        });
    }

    /** Every read-model row as JSON text, sorted, per table. */
    private static Map<String, List<String>> snapshot(LedgerSystem ledger) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : ReadModelReset.TABLES.split(",\\s*")) {
            tables.put(table, ledger.jdbc.queryForList("SELECT row_to_json(t)::text AS r FROM " + table + " t ORDER BY r",
                    String.class));
        }
        return tables;
    }
}
