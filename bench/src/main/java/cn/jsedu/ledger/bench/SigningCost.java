package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.command.signing.AppendSigner;
import cn.jsedu.ledger.command.signing.Ed25519AppendSigner;
import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

/**
 * Experiment ({@code --signing}): what signing appended events costs S1 (ADR 0010). Two command sides of the product
 * run in this JVM on one database, beside one query side: one as configured, one whose signer is swapped by a
 * BeanPostProcessor registered as an extra source ({@link NoSigning}) for one that writes a signature of the same
 * size without computing it. S1 is measured on each in turn, in pairs whose order alternates (ABBA), and the ratio
 * is taken per pair. Bench only: the product has no switch that turns signing off.
 */
final class SigningCost {

    /** Each pair measures both command sides once; the order alternates so that drift favours neither. */
    private static final int PAIRS = 6;

    private SigningCost() {
    }

    /** Replaces the product's {@code appendSigner} with one that signs nothing (same key id, 64 zero bytes). */
    public static class NoSigning implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"appendSigner".equals(beanName)) {
                return bean;
            }
            String keyId = ((Ed25519AppendSigner) bean).keyId();
            byte[] nothing = new byte[64];
            AppendSigner unsigned = (platformId, first, last, hash) -> new AppendSignature(keyId, first, nothing);
            return unsigned;
        }
    }

    static Report run() throws Exception {
        Plan plan = new Plan("signing", 1, Duration.ofSeconds(2), Duration.ofSeconds(5), 100, 0, 0, 0, 0, 0, 0, 0, 0);
        Report report = new Report();
        report.setup("signing experiment: S1 (" + plan.platforms() + " platforms, 8 clients, query side running), "
                + PAIRS + " pairs of " + plan.warmup().toSeconds() + " s warm-up + " + plan.window().toSeconds()
                + " s window, order alternating");
        report.setup(Machine.describe());
        signatureTimes(report);
        Path keys = Files.createTempDirectory("bench-signing-keys");
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL: " + pg.describe());
            String url = pg.url(Pg.LEDGER);
            String keyDir = "--ledger.event-signing.key-dir=" + keys;
            ConfigurableApplicationContext signed = Apps.command(url, keyDir);
            ConfigurableApplicationContext unsigned = Apps.command(NoSigning.class, url, keyDir);
            ConfigurableApplicationContext query = Apps.query(url);
            try {
                List<String> platforms = Workload.ids("S1", plan.platforms());
                Workload.createPlatforms(Apps.gateway(signed), platforms);
                CommandScenarios commands = new CommandScenarios(plan, report);
                for (int pair = 0; pair < PAIRS; pair++) {
                    for (boolean signing : pair % 2 == 0 ? new boolean[]{true, false} : new boolean[]{false, true}) {
                        commands.gateway(signing ? "X.S1.signed" : "X.S1.unsigned", signing
                                        ? "S1 as configured (every commit signed)" : "S1 with a no-op signer (bench only)",
                                Apps.gateway(signing ? signed : unsigned), platforms, pg.postmasterPid,
                                CommandScenarios.Step.NONE);
                    }
                }
            } finally {
                Apps.close(query, unsigned, signed);
            }
        }
        report.ratio("SIGN", "S1 with signing / S1 with a no-op signer (0.909 = 10 % cost)", "X.S1.signed",
                "X.S1.unsigned", 1 / 1.10, true);
        report.ratio("SIGN", "S1 latency p50, with signing / with a no-op signer", "X.S1.signed.p50",
                "X.S1.unsigned.p50", 1.10, false);
        return report;
    }

    /** One signature of the statement S1 signs, by the product's signer and by the JDK's Ed25519, in this JVM. */
    private static void signatureTimes(Report report) {
        KeyPair key = Ed25519Keys.generate();
        Ed25519AppendSigner signer = new Ed25519AppendSigner(key);
        byte[] hash = new byte[32];
        byte[] statement = AppendSignature.statement(signer.keyId(), "S1-00042", 1234, 1234, hash);
        for (int round = 0; round < 3; round++) {
            int n = 3000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                signer.sign("S1-00042", i, i, hash);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Ed25519Keys.sign(key.getPrivate(), statement);
            }
            long t2 = System.nanoTime();
            if (round > 0) { // the first round warms the JIT
                report.add("X.sign.bc", "one Ed25519 signature, BouncyCastle (the product's signer)", "ms",
                        (t1 - t0) / 1e6 / n);
                report.add("X.sign.jdk", "one Ed25519 signature, the JDK's", "ms", (t2 - t1) / 1e6 / n);
            }
        }
    }
}
