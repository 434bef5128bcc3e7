package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.query.QuerySideApplication;
import cn.jsedu.ledger.system.LedgerSystem;
import cn.jsedu.ledger.testsupport.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.jsedu.ledger.testsupport.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo programme loads end to end, as {@code ./ledger run --demo} loads it: the loader against a command side and a
 * query side of their own (the local profile's demo users, a database of their own on the system tests' server), every
 * command accepted and every platform READY or NOT_READY as its story says (exit code 0). The demo's stories are
 * dated in the past and recorded today, so a rule that looks at when something was recorded (the acceptance gate
 * judges the reports known on the day of the request) can refuse them: this test is where that shows, not a user's
 * first run. Then a few of the workflows it exercises, read back.
 */
class DemoLoadsIT {

    private static ConfigurableApplicationContext commandSide;
    private static ConfigurableApplicationContext querySide;
    private static Api queries;
    private static int exitCode;
    private static String output;

    @BeforeAll
    static void loadTheDemo() throws IOException, InterruptedException {
        LedgerSystem ledger = LedgerSystem.get();
        new JdbcTemplate(ledger.postgres.getPostgresDatabase()).execute("CREATE DATABASE demo_load");
        String url = ledger.url("demo_load");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(url);
        admin.setUser("postgres");
        DatabaseRoles.apply(admin, LedgerSystem.ROLES);
        Path files = Files.createTempDirectory("ledger-demo");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class).profiles("local")
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + DatabaseRoles.COMMAND,
                        "--spring.datasource.password=" + LedgerSystem.ROLES.command(),
                        "--ledger.db.owner-username=" + DatabaseRoles.OWNER,
                        "--ledger.db.owner-password=" + LedgerSystem.ROLES.owner(),
                        "--ledger.metrics.password=" + LedgerSystem.SCRAPE_PASSWORD,
                        "--ledger.event-signing.key-dir=" + files.resolve("keys"));
        querySide = new SpringApplicationBuilder(QuerySideApplication.class).profiles("local")
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + DatabaseRoles.QUERY,
                        "--spring.datasource.password=" + LedgerSystem.ROLES.query(),
                        "--ledger.query.min-version-timeout=20s",
                        "--ledger.checkpoints.dir=" + files.resolve("checkpoints"),
                        "--ledger.checkpoints.key-dir=" + files.resolve("keys"), "--ledger.checkpoints.interval=0",
                        "--ledger.metrics.password=" + LedgerSystem.SCRAPE_PASSWORD,
                        "--ledger.event-signing.public-keys=" + files.resolve("keys"));
        String commandUrl = "http://localhost:" + port(commandSide);
        String queryUrl = "http://localhost:" + port(querySide);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        exitCode = new DemoLoader(new LedgerHttp(commandUrl, queryUrl),
                new PrintStream(printed, true, StandardCharsets.UTF_8), "http://localhost:0")
                .run(DemoPlatform.programme());
        output = printed.toString(StandardCharsets.UTF_8);
        queries = new Api(port(querySide)).as("auditor", "auditor-demo");
    }

    @AfterAll
    static void stop() {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void everyCommandIsAcceptedAndEveryPlatformEndsAsItsStorySays() {
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("Demo programme loaded: 30 platforms, 21 READY for acceptance, 9 NOT_READY.")
                .doesNotContain("refused", "failed");
    }

    @Test
    void theWorkflowsItExercisesReadBack() {
        JsonNode unpaid = expect(queries.get("/api/v1/platforms/JS-201/provincial-chain"), 200).json();
        assertThat(unpaid.path("totals").path("unpaid").asText()).isEqualTo("1000000.00");
        assertThat(unpaid.path("findings").findValuesAsText("code")).containsExactly("REWARD_NOT_PAID");
        JsonNode paid = expect(queries.get("/api/v1/platforms/JS-101/provincial-chain"), 200).json();
        assertThat(paid.path("totals").path("unpaid").asText()).isEqualTo("0.00");
        assertThat(paid.path("findings")).isEmpty();

        JsonNode documents = expect(queries.get("/api/v1/platforms/JS-101/documents"), 200).json();
        assertThat(documents.findValuesAsText("mediaType")).containsExactly("application/pdf");
        assertThat(documents.get(0).path("citations")).hasSize(1);
        assertThat(expect(queries.get("/api/v1/platforms/JS-101/verification"), 200).json().path("valid").asBoolean())
                .isTrue();

        assertThat(expect(queries.get("/api/v1/platforms/JS-107/findings"), 200).json().path("findings")
                .findValuesAsText("status")).containsExactly("CLOSED");
        assertThat(expect(queries.get("/api/v1/platforms/JS-202/findings"), 200).json().path("findings")
                .findValuesAsText("status")).containsExactly("ANSWERED");
        assertThat(expect(queries.get("/api/v1/platforms/JS-306/findings"), 200).json().path("findings")
                .findValuesAsText("status")).containsExactly("OPEN");

        JsonNode budget = expect(queries.get("/api/v1/platforms/JS-101/budget-execution"), 200).json();
        assertThat(budget.path("lines")).isNotEmpty();
        assertThat(budget.path("lines").findValuesAsText("overBudget")).containsOnly("false");
        assertThat(expect(queries.get("/api/v1/platforms/JS-101"), 200).json().path("status").asText())
                .isEqualTo("ACCEPTED");

        // the third batch's mid-term inspection, published by the second administrator with grades 合格 and 良好
        JsonNode round = expect(queries.get("/api/v1/evaluation-rounds/" + EvaluationScript.ROUND_ID), 200).json();
        assertThat(round.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(round.path("results").size()).isBetween(8, 10);
        assertThat(round.path("results").findValuesAsText("grade")).containsAnyOf("GOOD", "PASSED")
                .doesNotContain("EXCELLENT", "FAILED");
        assertThat(round.path("reconciliation").path("matches").asBoolean()).isTrue();
        String first = round.path("results").get(0).path("platformId").asText();
        assertThat(expect(queries.get("/api/v1/platforms/" + first + "/evaluation-results"), 200).json()
                .path("results").findValuesAsText("roundId")).containsExactly(EvaluationScript.ROUND_ID);
        assertThat(output).contains("Evaluation round " + EvaluationScript.ROUND_ID);
    }
}
