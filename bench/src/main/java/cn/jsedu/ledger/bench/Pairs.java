package cn.jsedu.ledger.bench;

import cn.jsedu.ledger.bench.httpcrud.HttpCrudLedger;
import cn.jsedu.ledger.bench.httpcrud.Ledger;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * Baseline and peer repetitions run right before each repetition of a scenario, so that every ratio compares two
 * figures measured side by side: on a shared 2-core machine the absolute figures drift between minutes, their
 * ratio much less. Peers are started on first use, settled (Plan.settle) once, and closed with the run.
 */
final class Pairs implements AutoCloseable {

    private final Plan plan;
    private final Report report;
    private final Pg pg;
    private final EventGenerator generator = new EventGenerator();
    private List<String> crudPlatforms;
    private ConfigurableApplicationContext httpCrud;
    private List<String> httpCrudPlatforms;

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

    /** B2 on the event table of database {@code db}. */
    CommandScenarios.Step b2(String id, String db) {
        return () -> report.add(id, "raw JDBC sequential read of the event table", "rows/s", Baselines.b2(pg, db));
    }

    /** The CRUD peer over JDBC (its tables are created on first use). */
    CommandScenarios.Step crud() {
        return () -> {
            if (crudPlatforms == null) {
                crudPlatforms = Workload.ids("CRUD", plan.platforms());
                CrudLedger.create(pg, crudPlatforms);
                CrudLedger.run(pg, crudPlatforms, CommandScenarios.CLIENTS, plan.settle(), java.time.Duration.ZERO);
            }
            Load.Result r = CrudLedger.run(pg, crudPlatforms, CommandScenarios.CLIENTS, plan.warmup(), plan.window());
            report.add("PEER.crud", "CRUD ledger (INSERT entry + UPDATE balance), 8 clients", "cmds/s",
                    r.perSecond());
        };
    }

    /**
     * PEER.http-crud: the CRUD ledger as the Spring Boot application a team would write ({@link HttpCrudLedger}),
     * in this JVM like the product, under S2's load: the same installments, JSON bodies, Idempotency-Keys and
     * HTTP Basic user, 8 keep-alive clients. Its CPU is metered like S2's.
     */
    CommandScenarios.Step httpCrud() {
        return () -> {
            if (httpCrud == null) {
                httpCrud = HttpCrudLedger.start(pg.url(Pg.HTTP_CRUD), Http.apiCredentials());
                httpCrudPlatforms = Workload.ids("HCRUD", plan.platforms());
                httpCrud.getBean(Ledger.class).open(httpCrudPlatforms, 100_000_000_000L);
                String base = Apps.base(httpCrud);
                Workload.post(base, httpCrudPlatforms.get(0), 0);
                CommandScenarios.settle(plan, report, "PEER.http-crud",
                        (client, n) -> Workload.post(base, Workload.pick(httpCrudPlatforms), n));
            }
            String base = Apps.base(httpCrud);
            Cpu.Meter cpu = new Cpu.Meter(pg.postmasterPid).start();
            Load.Result r = Load.closed(CommandScenarios.CLIENTS, plan.warmup(), plan.window(),
                    (client, n) -> Workload.post(base, Workload.pick(httpCrudPlatforms), n));
            Cpu.Usage usage = cpu.stop();
            report.add("PEER.http-crud", "CRUD ledger over HTTP (Spring MVC + Security + JDBC), S2's load, 8 clients",
                    "cmds/s", r.perSecond());
            report.add("PEER.http-crud.p50", "CRUD ledger over HTTP, latency p50", "ms", r.p(50));
            if (r.errors() > 0) {
                report.note("PEER.http-crud: " + r.errors() + " requests failed as seen by the client; first: "
                        + r.firstError());
            }
            report.cpu("PEER.http-crud", usage, r.perSecond() * usage.wallSeconds(), "request");
        };
    }

    @Override
    public void close() {
        Apps.close(httpCrud);
        httpCrud = null;
    }
}
