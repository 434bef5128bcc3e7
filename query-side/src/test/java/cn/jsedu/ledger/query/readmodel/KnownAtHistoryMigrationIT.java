package cn.jsedu.ledger.query.readmodel;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 adds the history "as known at" answers need, which only the events hold for platforms recorded before it: on a
 * read model of V5 with rows in it, the migration empties the read-model tables and drops the read-models
 * processor's position (so the processor replays every event on start, filling the history), and leaves any other
 * processor's position alone.
 */
class KnownAtHistoryMigrationIT {

    @Test
    void aReadModelOfTheVersionBeforeIsRebuiltFromTheEvents() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            flyway(db).target("5").load().migrate();
            jdbc.update("""
                    INSERT INTO read_model.platform (platform_id, college_code, college_name, major_group, industry, title,
                      status, declared_at, updated_at, version) VALUES ('OLD-1', 'c', 'n', 'm', 'i', 't', 'TERMINATED',
                      now(), now(), 7)""");
            jdbc.update("INSERT INTO read_model.token_entry (processor_name, segment) VALUES ('read-models', 0), ('other', 0)");

            flyway(db).load().migrate();

            assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.platform", Long.class)).isZero();
            assertThat(jdbc.queryForList("SELECT processor_name FROM read_model.token_entry", String.class))
                    .containsExactly("other");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.platform_timeline", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.party_name", Long.class)).isZero();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).schemas("read_model").locations("classpath:db/read-model");
    }
}
