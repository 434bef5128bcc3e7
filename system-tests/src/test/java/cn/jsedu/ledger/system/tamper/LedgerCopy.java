package cn.jsedu.ledger.system.tamper;

import cn.jsedu.ledger.command.config.DatabaseMigrations;
import cn.jsedu.ledger.command.config.DatabaseRoles;
import cn.jsedu.ledger.system.LedgerSystem;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of the running ledger's stored evidence in another database of the same server: the roles' schemas and
 * migrations exactly as in production, every event row byte for byte with its hashes and signatures, and the signed
 * checkpoint rows. (CREATE DATABASE ... TEMPLATE needs a source nobody is connected to; the running ledger is.)
 */
final class LedgerCopy {

    private static final String EVENT_COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data, previous_hash, event_hash, signed_from, "
            + "signature_key_id, signature";
    private static final String CHECKPOINT_COLUMNS = "counter, created_at, key_id, content, signature, platforms, "
            + "events, broken_platforms";

    final String database;
    final String url;
    private final LedgerSystem ledger;

    private LedgerCopy(LedgerSystem ledger, String database) {
        this.ledger = ledger;
        this.database = database;
        this.url = ledger.url(database);
    }

    /** A new database with the ledger's roles, schemas and event-store migrations, and the live ledger's events. */
    static LedgerCopy ofEvents(LedgerSystem ledger, String database) {
        new JdbcTemplate(ledger.postgres.getPostgresDatabase()).execute("CREATE DATABASE " + database);
        LedgerCopy copy = new LedgerCopy(ledger, database);
        DatabaseRoles.apply(copy.as("postgres"), LedgerSystem.ROLES);
        DatabaseMigrations.migrate(copy.as(DatabaseRoles.OWNER));
        copy.copy("event_store.domain_event_entry", EVENT_COLUMNS, "ORDER BY global_index");
        return copy;
    }

    /** The live ledger's evidence documents and their uploads (ADR 0021), byte for byte. */
    void copyDocuments() {
        copy("event_store.evidence_document", "sha256, media_type, size_bytes, content, stored_at", "ORDER BY sha256");
        copy("event_store.evidence_document_upload", "platform_id, sha256, file_name, uploaded_by, uploaded_at",
                "ORDER BY platform_id, sha256");
    }

    /** After the copy's query side created its read_model: the live ledger's signed checkpoints. */
    void copyCheckpoints() {
        copy("read_model.ledger_checkpoint", CHECKPOINT_COLUMNS, "ORDER BY counter");
    }

    DataSource as(String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(role);
        return source;
    }

    JdbcTemplate jdbc(String role) {
        return new JdbcTemplate(as(role));
    }

    private void copy(String table, String columns, String order) {
        JdbcTemplate from = new JdbcTemplate(ledger.postgres.getPostgresDatabase());
        JdbcTemplate to = jdbc("postgres");
        int width = columns.split(",").length;
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(width - 1) + "?)";
        List<Object[]> batch = new ArrayList<>();
        from.query("SELECT " + columns + " FROM " + table + " " + order, rs -> {
            Object[] row = new Object[width];
            for (int i = 0; i < width; i++) {
                row[i] = rs.getObject(i + 1);
            }
            batch.add(row);
            if (batch.size() == 1000) {
                to.batchUpdate(insert, batch);
                batch.clear();
            }
        });
        to.batchUpdate(insert, batch);
    }
}
