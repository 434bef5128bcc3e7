package cn.jsedu.ledger.bench.httpcrud;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP CRUD peer does the work PEER.http-crud claims: login, the transaction, the balance rule, idempotency. */
class HttpCrudLedgerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static EmbeddedPostgres pg;
    private static ConfigurableApplicationContext peer;
    private static String base;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        peer = HttpCrudLedger.start(pg.getJdbcUrl("postgres", "postgres"), "finance:secret");
        base = "http://localhost:" + peer.getEnvironment().getProperty("local.server.port");
        peer.getBean(Ledger.class).open(List.of("P-1"), 0);
        jdbc = peer.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() throws Exception {
        peer.close();
        pg.close();
    }

    @Test
    void recordsTheEntryAndTheBalanceInOneGoAndAnswersARepeatedKeyWithItsFirstVersion() throws Exception {
        HttpResponse<String> first = post("P-1", "E-1", "100.00", "finance:secret", "k-1");
        HttpResponse<String> second = post("P-1", "E-2", "0.50", "finance:secret", "k-2");
        HttpResponse<String> again = post("P-1", "E-1", "100.00", "finance:secret", "k-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"entryId\":\"E-1\"").contains("\"version\":1");
        assertThat(second.body()).contains("\"version\":2");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).contains("\"version\":1");
        assertThat(jdbc.queryForObject("SELECT cash_fen FROM balance WHERE platform_id = 'P-1'", Long.class))
                .isEqualTo(10_050L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM entry WHERE platform_id = 'P-1'", Long.class))
                .isEqualTo(2L);
    }

    @Test
    void refusesAnEntryWithoutABalanceToChange() throws Exception {
        HttpResponse<String> refused = post("P-UNKNOWN", "E-9", "1.00", "finance:secret", "k-9");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM entry WHERE platform_id = 'P-UNKNOWN'", Long.class))
                .isZero();
    }

    @Test
    void refusesAWrongPasswordAndMalformedMoney() throws Exception {
        assertThat(post("P-1", "E-5", "1.00", "finance:wrong", "k-5").statusCode()).isEqualTo(401);
        assertThat(post("P-1", "E-6", "1.001", "finance:secret", "k-6").statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> post(String platform, String entry, String amount, String credentials,
                                             String key) throws Exception {
        String body = """
                {"entryId":"%s","source":"PROVINCIAL_FINANCE","form":"CASH","amount":"%s",\
                "effectiveDate":"2021-01-01","voucherRef":"财拨-%s"}""".formatted(entry, amount, entry);
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platforms/" + platform + "/installments"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
