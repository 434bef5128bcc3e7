package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.command.signing.AppendSigner;
import cn.jsedu.ledger.command.signing.Ed25519AppendSigner;
import cn.jsedu.ledger.kernel.chain.AppendSignature;
import cn.jsedu.ledger.kernel.chain.Ed25519Keys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Experiment ({@code --signing}): what signing appended events costs S1 (ADR 0010). The product's command side runs
 * beside its query side with one extra configuration class ({@link SignerSwitch}, a BeanPostProcessor) that wraps its
 * signer: switched on, the product's signer signs (and the CPU time of each call is added up on its thread);
 * switched off, a signature of the same size is written without being computed. S1 is measured with the switch on
 * and off in turn, in pairs whose order alternates (ABBA), on the same application, caches, pool and JIT: the
 * signature is the only difference. Ratios are taken per pair. Bench only: the product has no switch that turns
 * signing off.
 */
final class SigningCost {

    /** Each pair measures S1 signed and unsigned once; the order alternates so that drift favours neither. */
    private static final int PAIRS = 16;

    private SigningCost() {
    }

    /** Registered as an extra source of the command side: the product's {@code appendSigner}, switchable. */
    public static class SignerSwitch implements BeanPostProcessor {
        static volatile boolean signing = true;
        static final LongAdder NANOS = new LongAdder();
        static final LongAdder CALLS = new LongAdder();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"appendSigner".equals(beanName)) {
                return bean;
            }
            AppendSigner product = (AppendSigner) bean;
            byte[] nothing = new byte[64];
            String keyId = ((Ed25519AppendSigner) bean).keyId();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            AppendSigner switched = (platformId, first, last, hash) -> {
                if (!signing) {
                    return new AppendSignature(keyId, first, nothing);
                }
                long t0 = threads.getCurrentThreadCpuTime();
                AppendSignature signature = product.sign(platformId, first, last, hash);
                NANOS.add(threads.getCurrentThreadCpuTime() - t0);
                CALLS.increment();
                return signature;
            };
            return switched;
        }
    }

    static Report run() throws Exception {
        Plan plan = new Plan("signing", 1, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(4), 100, 0, 0, 0, 0,
                0, 0, 0, 0);
        Report report = new Report();
        report.setup("signing experiment: S1 (" + plan.platforms() + " platforms, " + CommandScenarios.CLIENTS
                + " clients via the CommandGateway, query side running) with the signer switched on and off, " + PAIRS
                + " pairs of " + plan.warmup().toSeconds() + " s warm-up + " + plan.window().toSeconds()
                + " s window, order alternating");
        report.setup(Machine.describe());
        signatureTimes(report);
        Path keys = Files.createTempDirectory("bench-signing-keys");
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL: " + pg.describe());
            String url = pg.url(Pg.LEDGER);
            ConfigurableApplicationContext command = Apps.command(SignerSwitch.class, url,
                    "--ledger.event-signing.key-dir=" + keys);
            ConfigurableApplicationContext query = Apps.query(url);
            try {
                List<String> platforms = Workload.ids("S1", plan.platforms());
                CommandGateway gateway = Apps.gateway(command);
                Workload.createPlatforms(gateway, platforms);
                // JIT and caches warm before the first pair.
                Load.closed(CommandScenarios.CLIENTS, Duration.ZERO, Duration.ofSeconds(5),
                        (client, n) -> Workload.send(gateway, Workload.command(Workload.pick(platforms), n)));
                for (int pair = 0; pair < PAIRS; pair++) {
                    for (boolean signing : pair % 2 == 0 ? new boolean[]{true, false} : new boolean[]{false, true}) {
                        measure(report, plan, signing, gateway, platforms, pg.postmasterPid);
                    }
                }
            } finally {
                SignerSwitch.signing = true;
                Apps.close(query, command);
            }
        }
        report.ratio("SIGN", "S1 throughput, signed / unsigned (0.909 = 10 % cost)", "X.S1.signed", "X.S1.unsigned",
                1 / 1.10, true);
        report.ratio("SIGN", "CPU per command (JVM + PostgreSQL), signed / unsigned (1.10 = 10 % cost)",
                "X.S1.signed.cpu", "X.S1.unsigned.cpu", 1.10, false);
        report.ratio("SIGN", "S1 latency p50, signed / unsigned", "X.S1.signed.p50", "X.S1.unsigned.p50", 1.10,
                false);
        return report;
    }

    /**
     * One closed-loop load as S1 (CommandScenarios.gateway), recording its CPU per command as a figure too, and,
     * signed, the CPU its signatures took: on a machine other work shares, those move less than throughput does.
     */
    private static void measure(Report report, Plan plan, boolean signing, CommandGateway gateway,
                                List<String> platforms, long postmaster) {
        String id = signing ? "X.S1.signed" : "X.S1.unsigned";
        String label = signing ? "S1, every commit signed (as configured)" : "S1, signer switched off (bench only)";
        SignerSwitch.signing = signing;
        SignerSwitch.NANOS.reset();
        SignerSwitch.CALLS.reset();
        Cpu.Meter cpu = new Cpu.Meter(postmaster).start();
        Load.Result r = Load.closed(CommandScenarios.CLIENTS, plan.warmup(), plan.window(),
                (client, n) -> Workload.send(gateway, Workload.command(Workload.pick(platforms), n)));
        Cpu.Usage usage = cpu.stop();
        // As CommandScenarios: the window's rate over the whole metered time, warm-up included.
        double commands = r.perSecond() * usage.wallSeconds();
        double cpuSeconds = usage.jvmSeconds() + usage.pgSeconds();
        report.add(id, label, "cmds/s", r.perSecond());
        report.add(id + ".p50", label + ", latency p50", "ms", r.p(50));
        report.add(id + ".cpu", label + ", JVM + PostgreSQL CPU per command", "ms", 1000 * cpuSeconds / commands);
        long calls = SignerSwitch.CALLS.sum();
        if (signing && calls > 0) {
            double signed = SignerSwitch.NANOS.sum() / 1e9;
            report.add("X.S1.sign", "CPU of one signature in S1 (the product's signer, on its thread)", "ms",
                    1000 * signed / calls);
            report.add("X.S1.share", "signing's share of S1's JVM + PostgreSQL CPU", "%", 100 * signed / cpuSeconds);
        }
        if (r.errors() > 0) {
            report.note(id + ": " + r.errors() + " requests failed; first: " + r.firstError());
        }
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
