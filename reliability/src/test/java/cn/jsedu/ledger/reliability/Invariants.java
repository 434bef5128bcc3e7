package cn.jsedu.ledger.reliability;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * What must hold after any fault, once the system has settled: balances agree three ways (read model, a SQL
 * fold over the event table, the reference model of acknowledged commands); every acknowledged key is in the
 * store exactly once and no refused key at all; no platform's sequence has a hole; the money events of the
 * store and of the read model are the same set; every hash chain verifies.
 */
final class Invariants {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Invariants() {
    }

    record Result(long commands, long acked, long rejected, long unknown, long lost, long duplicated, long refusedButStored,
                  long sequenceHoles, long balanceMismatches, long missingInReadModel, long extraInReadModel,
                  String chains, long settleMillis) {

        boolean ok() {
            return lost == 0 && duplicated == 0 && refusedButStored == 0 && sequenceHoles == 0 && balanceMismatches == 0
                    && missingInReadModel == 0 && extraInReadModel == 0 && chains.equals("VALID");
        }
    }

    static Result check(Cluster cluster, Workload workload, Duration settle) throws Exception {
        List<Outcome> outcomes = List.copyOf(workload.outcomes);
        long settleMillis = awaitReadModel(cluster, outcomes, settle);
        try (Connection db = cluster.pg.connect()) {
            Map<String, Long> keys = counts(db, """
                    SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey', count(*)
                    FROM event_store.domain_event_entry GROUP BY 1""");
            long lost = outcomes.stream().filter(Outcome::acked).filter(o -> keys.getOrDefault(o.key(), 0L) == 0).count();
            long duplicated = keys.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() > 1).count();
            long refusedButStored = outcomes.stream().filter(o -> o.status() == Outcome.Status.REJECTED)
                    .filter(o -> keys.getOrDefault(o.key(), 0L) > 0).count();
            long holes = single(db, """
                    SELECT count(*) FROM (SELECT aggregate_identifier FROM event_store.domain_event_entry
                    GROUP BY aggregate_identifier HAVING count(*) <> max(sequence_number) + 1) h""");
            Set<String> storeIds = ids(db, """
                    SELECT event_identifier FROM event_store.domain_event_entry WHERE payload_type IN (
                    'cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent','cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent',
                    'cn.jsedu.ledger.kernel.event.EnterpriseContributionRecordedEvent','cn.jsedu.ledger.kernel.event.AdjustmentRecordedEvent',
                    'cn.jsedu.ledger.kernel.event.RecoveryRecordedEvent')""");
            Set<String> readIds = ids(db, "SELECT event_id FROM read_model.ledger_entry");
            long balanceMismatches = balances(cluster, workload, db, outcomes);
            return new Result(outcomes.size(), outcomes.stream().filter(Outcome::acked).count(),
                    outcomes.stream().filter(o -> o.status() == Outcome.Status.REJECTED).count(),
                    outcomes.stream().filter(o -> o.status() == Outcome.Status.UNKNOWN).count(), lost, duplicated,
                    refusedButStored, holes, balanceMismatches, difference(storeIds, readIds), difference(readIds, storeIds),
                    chains(cluster), settleMillis);
        }
    }

    /** Per platform, the college's cash received and spent: reference model, SQL fold and read model must agree. */
    private static long balances(Cluster cluster, Workload workload, Connection db, List<Outcome> outcomes) throws Exception {
        Map<String, long[]> reference = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.acked() && (o.kind().equals("INSTALLMENT") || o.kind().equals("EXPENDITURE"))) {
                reference.computeIfAbsent(o.platformId(), k -> new long[2])[o.kind().equals("INSTALLMENT") ? 0 : 1] += o.amountFen();
            }
        }
        Map<String, long[]> fold = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT aggregate_identifier, payload_type, sum((convert_from(payload, 'UTF8')::jsonb -> 'amount' ->> 'fen')::bigint)
                FROM event_store.domain_event_entry
                WHERE payload_type IN ('cn.jsedu.ledger.kernel.event.InstallmentRecordedEvent',
                                       'cn.jsedu.ledger.kernel.event.ExpenditureRecordedEvent')
                GROUP BY 1, 2""")) {
            while (rs.next()) {
                fold.computeIfAbsent(rs.getString(1), k -> new long[2])[rs.getString(2).endsWith("InstallmentRecordedEvent") ? 0 : 1]
                        += rs.getLong(3);
            }
        }
        String auditor = cluster.tokens.bearer("auditor", "AUDITOR", null);
        long mismatches = 0;
        for (String platform : workload.platforms) {
            long[] ref = reference.getOrDefault(platform, new long[2]);
            long[] sql = fold.getOrDefault(platform, new long[2]);
            JsonNode college = null;
            for (JsonNode row : get(cluster.queryBases().get(0) + "/api/v1/platforms/" + platform + "/balances", auditor).path("sources")) {
                if (row.path("source").asText().equals("COLLEGE")) {
                    college = row.path("figures");
                }
            }
            long[] read = {fen(college, "receivedCash"), fen(college, "spent")};
            if (ref[0] != sql[0] || ref[1] != sql[1] || sql[0] != read[0] || sql[1] != read[1]) {
                mismatches++;
                System.err.printf("balance mismatch %s: reference %s/%s, events %s/%s, read model %s/%s%n", platform,
                        ref[0], ref[1], sql[0], sql[1], read[0], read[1]);
            }
        }
        return mismatches;
    }

    /** Waits until every platform's read model has applied the highest version acknowledged for it. */
    private static long awaitReadModel(Cluster cluster, List<Outcome> outcomes, Duration settle) {
        Instant start = Instant.now();
        Map<String, Long> versions = new HashMap<>();
        outcomes.stream().filter(Outcome::acked).forEach(o -> versions.merge(o.platformId(), o.version(), Math::max));
        String auditor = cluster.tokens.bearer("auditor", "AUDITOR", null);
        for (Map.Entry<String, Long> v : versions.entrySet()) {
            while (true) {
                JsonNode platform = get(cluster.queryBases().get(0) + "/api/v1/platforms/" + v.getKey(), auditor);
                if (platform.path("version").asLong(-1) >= v.getValue()) {
                    break;
                }
                if (Instant.now().isAfter(start.plus(settle))) {
                    throw new AssertionError("read model did not reach version " + v.getValue() + " of " + v.getKey());
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static String chains(Cluster cluster) {
        JsonNode report = get(cluster.queryBases().get(0) + "/api/v1/verification",
                cluster.tokens.bearer("auditor", "AUDITOR", null));
        if (report.isEmpty()) {
            return "NOT_AVAILABLE";
        }
        // only an explicit verdict of the programme report counts: a missing or unreadable report is not "valid"
        return report.path("valid").isBoolean() && report.path("valid").asBoolean() ? "VALID" : "BROKEN " + report;
    }

    static JsonNode get(String url, String bearer) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Client.parse(response.body()) : Client.parse("{}");
        } catch (Exception e) {
            return Client.parse("{}");
        }
    }

    private static long fen(JsonNode figures, String field) {
        return figures == null ? -1 : new java.math.BigDecimal(figures.path(field).asText("0")).movePointRight(2).longValueExact();
    }

    private static Map<String, Long> counts(Connection db, String sql) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static Set<String> ids(Connection db, String sql) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long difference(Set<String> a, Set<String> b) {
        return a.stream().filter(id -> !b.contains(id)).count();
    }
}
