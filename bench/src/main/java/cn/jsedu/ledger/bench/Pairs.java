package cn.jsedu.ledger.bench;

import java.util.List;

/**
 * Baseline repetitions run right before each repetition of a scenario, so that every ratio compares two figures
 * measured side by side: on a shared 2-core machine the absolute figures drift between minutes, their ratio
 * much less.
 */
final class Pairs {

    private final Plan plan;
    private final Report report;
    private final Pg pg;
    private final EventGenerator generator = new EventGenerator();
    private List<String> crudPlatforms;

    Pairs(Plan plan, Report report, Pg pg) {
        this.plan = plan;
        this.report = report;
        this.pg = pg;
    }

    CommandScenarios.Step b1(String id, int clients) {
        byte[] payload = generator.b1Payload();
        byte[] metaData = generator.metaData();
        return () -> {
            Load.Result r = Baselines.b1(pg, clients, plan.warmup(), plan.window(), payload, metaData);
            report.add(id, "raw JDBC INSERT of an event row, " + clients + " client(s)", "rows/s", r.perSecond());
            report.add(id + ".p50", "raw JDBC INSERT latency p50, " + clients + " client(s)", "ms", r.p(50));
        };
    }

    CommandScenarios.Step b2(String id) {
        return () -> report.add(id, "raw JDBC sequential read of the event table", "rows/s", Baselines.b2(pg));
    }

    /** The CRUD peer (its tables are created on first use). */
    CommandScenarios.Step crud() {
        return () -> {
            if (crudPlatforms == null) {
                crudPlatforms = Workload.ids("CRUD", plan.platforms());
                CrudLedger.create(pg, crudPlatforms);
            }
            Load.Result r = CrudLedger.run(pg, crudPlatforms, CommandScenarios.CLIENTS, plan.warmup(), plan.window());
            report.add("PEER.crud", "CRUD ledger (INSERT entry + UPDATE balance), 8 clients", "cmds/s",
                    r.perSecond());
        };
    }
}
