package cn.jsedu.ledger.bench;

import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;

/**
 * Tuning experiments ({@code --experiments}): the product's knobs changed one at a time on the same PostgreSQL,
 * each measured against the product as configured in the same run. They justify the proposals in ADR 0008;
 * they are not the scenarios.
 */
final class Experiments {

    private Experiments() {
    }

    static Report run(Plan plan, int storeEvents) throws Exception {
        Report report = new Report();
        report.setup("experiments, plan " + plan);
        report.setup(Machine.describe());
        try (Pg pg = Pg.start()) {
            report.setup("PostgreSQL: " + pg.describe());
            CommandScenarios commands = new CommandScenarios(plan, report);
            ReadScenarios reads = new ReadScenarios(plan, report, pg, Pg.LEDGER);
            String url = pg.url(Pg.LEDGER);
            List<String> platforms = Workload.ids("S1", plan.platforms());
            ConfigurableApplicationContext command = Apps.command(url);
            ConfigurableApplicationContext query = Apps.query(url);
            Workload.createPlatforms(Apps.gateway(command), platforms);

            commands.gateway("X.S1.default", "S1 as configured (query side running)", Apps.gateway(command),
                    platforms, pg.postmasterPid, CommandScenarios.Step.NONE);
            Apps.close(query);
            commands.gateway("X.S1.noquery", "S1 with the query side stopped", Apps.gateway(command), platforms,
                    pg.postmasterPid, CommandScenarios.Step.NONE);
            Apps.close(command);
            command = Apps.command(url, "--ledger.axon.snapshot-threshold=2000");
            commands.gateway("X.S1.snap2000", "S1 (query side stopped), snapshot every 2000 events",
                    Apps.gateway(command), platforms, pg.postmasterPid, CommandScenarios.Step.NONE);
            Apps.close(command);
            command = Apps.command(url);

            double rate = report.median("X.S1.default") / 2;
            for (String poll : new String[]{"25ms", "5ms"}) {
                query = Apps.query(url, "--ledger.processors.poll-interval=" + poll);
                ReadScenarios.awaitCaughtUp(query, Duration.ofMinutes(10));
                commands.visibility("X.S4.poll" + poll, "S4 with poll-interval " + poll, Apps.gateway(command),
                        platforms, pg, Pg.LEDGER, rate, CommandScenarios.Step.NONE);
                Apps.close(query);
            }

            long present = reads.scalar("SELECT count(*) FROM event_store.domain_event_entry");
            int extra = (int) Math.max(0, (storeEvents - present) / 3);
            new EventGenerator().write(pg, Workload.ids("PL", extra).stream()
                    .map(p -> new EventGenerator.Spec(p, 3)).toList());
            String[][] variants = {
                    {},
                    {"--ledger.processors.batch-size=1000", "--ledger.processors.fetch-size=2000"},
                    {"--ledger.processors.segments=1", "--ledger.processors.thread-count=1"},
                    {"--ledger.processors.segments=4", "--ledger.processors.thread-count=4"}};
            String[] names = {"default", "batch1000.fetch2000", "segments1", "segments4"};
            for (int i = 0; i < variants.length; i++) {
                reads.resetReadModels();
                query = Apps.query(url, variants[i]);
                reads.rebuild("X.S5." + names[i], "rebuild with " + String.join(" ", variants[i]), query, CommandScenarios.Step.NONE);
                Apps.close(query);
            }
            Apps.close(command);
        }
        return report;
    }
}
