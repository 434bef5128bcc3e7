package cn.jsedu.ledger.reliability;

import cn.jsedu.ledger.kernel.id.CreditCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Money commands on many platforms from many clients: installments and expenditures of the college's own cash,
 * each with its own Idempotency-Key. Every outcome is recorded for the reference model and the invariants.
 */
final class Workload {

    static final String CODE = CreditCode.withCheckCharacter("91320200MA1MXXXX1").value();

    /** Each workload declares its platforms for colleges of its own: one platform per college. */
    private static final java.util.concurrent.atomic.AtomicInteger COLLEGES = new java.util.concurrent.atomic.AtomicInteger();

    private final Cluster cluster;
    private final String scenario;
    private final int collegeBase = COLLEGES.getAndAdd(10_000);
    final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong sequence = new AtomicLong();
    final List<String> platforms = new ArrayList<>();

    Workload(Cluster cluster, String scenario) {
        this.cluster = cluster;
        this.scenario = scenario;
    }

    String college(int i) {
        return String.format("77%08d", collegeBase + i);
    }

    Client client(Duration requestTimeout, Duration deadline) {
        return new Client(cluster.commandBases(), requestTimeout, deadline);
    }

    /** Declares and approves {@code count} platforms, each with an opening installment of {@code seedYuan}. */
    void setUp(int count, long seedYuan) {
        Client client = client(Duration.ofSeconds(30), Duration.ofMinutes(2));
        String admin = cluster.tokens.bearer("admin1", "PROVINCE_ADMIN", null);
        for (int i = 0; i < count; i++) {
            String id = scenario + "-P" + i;
            String college = college(i);
            must(client.post("/api/v1/platforms", """
                    {"platformId":"%s","college":{"code":"%s","name":"学院%d"},"majorGroup":"g","industry":"i","title":"t",
                     "enterprises":[{"partyId":"E1","name":"企业","creditCode":"%s"}],
                     "plan":[{"source":"COLLEGE","year":2020,"amount":"20000000.00"},
                             {"source":"ENTERPRISE","partyId":"E1","year":2020,"amount":"10000000.00"}]}"""
                    .formatted(id, college, i, CODE), key(), admin, id, "DECLARE", 0));
            must(client.post("/api/v1/platforms/" + id + "/approval",
                    "{\"batch\":2,\"constructionStart\":\"2020-03-01\",\"decisionRef\":\"d\"}", key(), admin, id, "APPROVE", 0));
            platforms.add(id);
            if (seedYuan > 0) {
                outcomes.add(must(installment(client, i, seedYuan * 100)));
            }
        }
    }

    /** {@code clients} threads send {@code perClient} commands each; 70 % installments, 30 % expenditures. */
    void run(int clients, int perClient, Duration requestTimeout, Duration deadline) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            AtomicInteger remaining = new AtomicInteger(clients * perClient);
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    Client client = client(requestTimeout, deadline);
                    while (remaining.getAndDecrement() > 0) {
                        int p = ThreadLocalRandom.current().nextInt(platforms.size());
                        long fen = 100 * ThreadLocalRandom.current().nextLong(1, 800);
                        outcomes.add(ThreadLocalRandom.current().nextInt(10) < 7 ? installment(client, p, fen)
                                : expenditure(client, p, fen));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    Outcome installment(Client client, int platform, long fen) {
        String id = platforms.size() > platform ? platforms.get(platform) : scenario + "-P" + platform;
        return client.post("/api/v1/platforms/" + id + "/installments", """
                {"source":"COLLEGE","form":"CASH","amount":"%s","effectiveDate":"2020-04-01","voucherRef":"v"}"""
                .formatted(yuan(fen)), key(), officer(platform), id, "INSTALLMENT", fen);
    }

    Outcome expenditure(Client client, int platform, long fen) {
        String id = platforms.get(platform);
        return client.post("/api/v1/platforms/" + id + "/expenditures", """
                {"category":"OTHER","chargedSource":"COLLEGE","amount":"%s","effectiveDate":"2020-05-01","voucherRef":"v"}"""
                .formatted(yuan(fen)), key(), officer(platform), id, "EXPENDITURE", fen);
    }

    String officer(int platform) {
        return cluster.tokens.bearer("college-" + college(platform), "COLLEGE_OFFICER", college(platform));
    }

    String key() {
        return scenario + "-k" + sequence.incrementAndGet();
    }

    static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static Outcome must(Outcome outcome) {
        if (!outcome.acked()) {
            throw new IllegalStateException("set-up command failed: " + outcome);
        }
        return outcome;
    }
}
