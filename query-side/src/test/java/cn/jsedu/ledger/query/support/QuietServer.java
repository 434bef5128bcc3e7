package cn.jsedu.ledger.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;

/**
 * A second PostgreSQL server per test JVM (zonky, random port, thrown away at exit), its event store migrated, that
 * no Spring context ever uses: for tests of the event stream itself. The stream reads only below
 * {@code pg_snapshot_xmin}, one bound for the whole server, not for one database: on {@link TestDatabase}'s server a
 * writing transaction of any query side the JVM keeps cached (a processor's batch, a reset, a rebuild) holds every
 * stream back for as long as it runs, so a stream test there waits on other tests' work and, on a busy machine,
 * could out-wait its bound. Here the only transactions are the test's own.
 */
public final class QuietServer {

    private static EmbeddedPostgres postgres;

    private QuietServer() {
    }

    /** A plain data source (no pool, autocommit) on the server's {@code postgres} database. */
    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            postgres = TestDatabase.startWithEventStore();
        }
        return postgres.getPostgresDatabase();
    }
}
