package cn.jsedu.ledger.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * S12, the import of a file of entries (ADR 0024, issue 15): a CSV of 5,000 provincial installments in the ledger
 * export's layout, uploaded by the finance officer over HTTP to one platform: parsed, every row judged by the
 * platform's rules, all recorded in one transaction. Beside it, on the same PostgreSQL, the baseline a plain importer
 * would be: the same 5,000 rows INSERTed over JDBC into a table of their columns in one transaction, row by row and as
 * one JDBC batch. Also the second upload of the same file, which records nothing and answers which rows were recorded.
 *
 * <pre>java -jar bench/target/bench.jar --import [--smoke]</pre>
 */
final class ImportScenario {

    static final int ROWS = 5_000;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ImportScenario() {
    }

    static Report run(Plan plan) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Report report = new Report();
        long started = System.nanoTime();
        report.setup("plan " + plan + ", the import scenario only (--import): " + ROWS + " rows per file, "
                + plan.reps() + " repetitions, each on a platform of its own");
        report.setup(Machine.describe());
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL (zonky embedded, the product's default server), one server for everything: "
                    + pg.describe());
            createBaselineTable(pg);
            ConfigurableApplicationContext command = Apps.command(pg.url(Pg.LEDGER));
            try {
                CommandGateway gateway = Apps.gateway(command);
                List<String> platforms = Workload.ids("IMPORT", plan.reps() + 1);
                Workload.createPlatforms(gateway, platforms);
                String base = Apps.base(command);
                // a warm-up file on a platform of its own: JIT and connection pools, not measured
                upload(base, platforms.get(plan.reps()), file("W"), 201);
                for (int rep = 0; rep < plan.reps(); rep++) {
                    String csv = file("R" + rep);
                    Report.log("== S12 rep %d: %d rows, %d bytes", rep + 1, ROWS, csv.length());
                    double rowByRow = baseline(pg, rep, false);
                    report.add("BIMP", "raw JDBC: " + ROWS + " INSERTs, one transaction", "rows/s", rowByRow);
                    double batch = baseline(pg, rep, true);
                    report.add("BIMP.batch", "raw JDBC: " + ROWS + " INSERTs as one batch, one transaction", "rows/s",
                            batch);
                    String platform = platforms.get(rep);
                    long tDry = System.nanoTime();
                    upload(base, platform, csv, 200, "?dryRun=true");
                    report.add("S12.dry", "dry run: " + ROWS + " rows parsed and judged, none recorded", "rows/s",
                            ROWS / ((System.nanoTime() - tDry) / 1e9));
                    long t0 = System.nanoTime();
                    String answer = upload(base, platform, csv, 201);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    if (!answer.contains("\"recorded\":" + ROWS)) {
                        throw new IllegalStateException("the import did not record every row: " + answer);
                    }
                    report.add("S12", "import of " + ROWS + " installments over HTTP (parse, judge, record)", "rows/s",
                            ROWS / seconds);
                    report.add("S12.s", "time to import " + ROWS + " rows", "s", seconds);
                    long t1 = System.nanoTime();
                    String again = upload(base, platform, csv, 200);
                    double againSeconds = (System.nanoTime() - t1) / 1e9;
                    if (!again.contains("\"alreadyRecorded\":" + ROWS)) {
                        throw new IllegalStateException("the second upload recorded something: " + again);
                    }
                    report.add("S12.again", "the same file again: " + ROWS + " rows judged already recorded", "rows/s",
                            ROWS / againSeconds);
                }
            } finally {
                Apps.close(command);
            }
        }
        report.ratio("S12", "import ÷ raw row-by-row INSERTs", "S12", "BIMP");
        report.ratio("S12", "import ÷ raw batched INSERTs", "S12", "BIMP.batch");
        report.setup(String.format(java.util.Locale.ROOT, "the run took %.1f minutes",
                (System.nanoTime() - started) / 6e10));
        return report;
    }

    /** The export's layout: labels, keys, then rows with no entryId (the row key is derived from the content). */
    static String file(String run) {
        StringBuilder csv = new StringBuilder("\uFEFF类型,资金来源,投入形式,金额,生效日期,凭证\r\n"
                + "kind,source,form,amount,effectiveDate,voucherRef\r\n");
        LocalDate day = LocalDate.of(2020, 4, 1);
        for (int i = 0; i < ROWS; i++) {
            csv.append("INSTALLMENT,PROVINCIAL_FINANCE,CASH,").append(100 + i % 900).append('.').append(String.format("%02d", i % 100))
                    .append(',').append(day.plusDays(i % 365)).append(",财拨-").append(run).append('-').append(i)
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String upload(String base, String platform, String csv, int expected) throws Exception {
        return upload(base, platform, csv, expected, "");
    }

    private static String upload(String base, String platform, String csv, int expected, String query)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/platforms/" + platform
                        + "/imports/installments" + query))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        Http.apiCredentials().getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void createBaselineTable(Pg pg) throws Exception {
        try (Connection c = pg.connect(Pg.BASELINE); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE imported_entry (run TEXT NOT NULL, row_number INT NOT NULL, kind TEXT NOT NULL,
                      source TEXT NOT NULL, form TEXT NOT NULL, amount_fen BIGINT NOT NULL, effective_date DATE NOT NULL,
                      voucher_ref TEXT NOT NULL, PRIMARY KEY (run, row_number))""");
        }
    }

    /** The same rows INSERTed by a plain importer: one transaction, prepared statement, row by row or batched. */
    private static double baseline(Pg pg, int rep, boolean batched) throws Exception {
        String run = (batched ? "B" : "R") + rep;
        LocalDate day = LocalDate.of(2020, 4, 1);
        try (Connection c = pg.connect(Pg.BASELINE)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO imported_entry (run, row_number, kind, source, form, amount_fen, effective_date, voucher_ref)
                    VALUES (?, ?, 'INSTALLMENT', 'PROVINCIAL_FINANCE', 'CASH', ?, ?, ?)""")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setString(1, run);
                    insert.setInt(2, i + 3);
                    insert.setLong(3, (100L + i % 900) * 100 + i % 100);
                    insert.setObject(4, day.plusDays(i % 365));
                    insert.setString(5, "财拨-" + run + "-" + i);
                    if (batched) {
                        insert.addBatch();
                    } else {
                        insert.executeUpdate();
                    }
                }
                if (batched) {
                    insert.executeBatch();
                }
            }
            c.commit();
            return ROWS / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
