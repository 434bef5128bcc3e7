package cn.jsedu.ledger.query.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tables a bulk rebuild fills, in schema {@value #SCHEMA}, and their swap with the live ones. Each is a copy of
 * its live table's definition as it is in the database (columns, defaults, checks, then keys, indexes, grants,
 * owner, storage options), so whatever a later migration adds to a read-model table is carried over:
 * <ol>
 *   <li>{@link #create}: UNLOGGED and without keys or indexes (nothing written to the WAL, nothing to maintain per
 *       row);</li>
 *   <li>{@link #addKeys}: a table's primary key and unique constraints, as soon as a statement needs them;</li>
 *   <li>{@link #finish}: LOGGED (one sequential write, so a crash after the swap cannot lose the tables), every
 *       key and index built in one pass per index, grants and owner as on the live table, statistics;</li>
 *   <li>{@link #swap}: in the caller's transaction, the live tables are dropped and the staging tables moved into
 *       {@code read_model} under their names. Every reader holds its tables' locks until its statement (or
 *       transaction) ends and the swap takes all of them before it changes anything, so a reader sees the whole
 *       old read model or the whole new one, never a mix.</li>
 * </ol>
 * Refused up front: foreign keys, triggers, row-level policies, rules and views on these tables (a move would
 * lose or break them; none exists).
 */
final class StagingTables {

    static final String SCHEMA = "read_model_rebuild";
    private static final Pattern TABLE = Pattern.compile("\\bread_model\\.(\\w+)");
    private static final Pattern INDEX = Pattern.compile(
            "(CREATE (?:UNIQUE )?INDEX \\S+ ON )(?:ONLY )?(?:read_model\\.)?(\\w+)( USING .*)", Pattern.DOTALL);

    private final Set<String> tables;

    StagingTables(List<String> tables) {
        for (String table : tables) {
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
        }
        this.tables = new LinkedHashSet<>(tables);
    }

    /** From a list such as {@link ReadModelReset#TABLES}: {@code read_model.a, read_model.b}. */
    static StagingTables of(String qualifiedTables) {
        return new StagingTables(Arrays.stream(qualifiedTables.split(","))
                .map(String::trim).map(t -> t.substring(t.indexOf('.') + 1)).toList());
    }

    Set<String> tables() {
        return tables;
    }

    String qualified(String table) {
        return SCHEMA + "." + table;
    }

    /** A projection's statement against the staging tables instead of the live ones. */
    String rewrite(String sql) {
        return TABLE.matcher(sql).replaceAll(SCHEMA + ".$1");
    }

    void create(JdbcTemplate jdbc) {
        refuseWhatAMoveWouldLose(jdbc);
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + SCHEMA);
        for (String table : tables) {
            jdbc.execute("CREATE UNLOGGED TABLE " + qualified(table) + " (LIKE " + live(table)
                    + " INCLUDING ALL EXCLUDING INDEXES)");
        }
    }

    /** The table's primary key and unique (and exclusion) constraints, named as on the live table. */
    void addKeys(JdbcTemplate jdbc, String table) {
        List<String> constraints = jdbc.queryForList("""
                SELECT 'ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u', 'x')
                ORDER BY conname""", String.class, live(table));
        for (String constraint : constraints) {
            jdbc.execute("ALTER TABLE " + qualified(table) + " " + constraint);
        }
    }

    /** Everything but the swap, outside a transaction; {@code keyed}: the tables {@link #addKeys} was already run on. */
    void finish(JdbcTemplate jdbc, Set<String> keyed) {
        for (String table : tables) {
            jdbc.execute("ALTER TABLE " + qualified(table) + " SET LOGGED");
        }
        for (String table : tables) {
            if (!keyed.contains(table)) {
                addKeys(jdbc, table);
            }
            for (String index : jdbc.queryForList("""
                    SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x
                    WHERE x.indrelid = CAST(? AS regclass)
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                    ORDER BY 1""", String.class, live(table))) {
                jdbc.execute(onStaging(index, table));
            }
            copyGrantsOwnerAndOptions(jdbc, table);
            // Statistics for the planner, and the visibility map: otherwise the many inserts would call an
            // autovacuum onto the new live tables right after the swap (and onto the next swap's lock).
            jdbc.execute("VACUUM (ANALYZE) " + qualified(table));
        }
    }

    /**
     * In the caller's transaction: the live tables are replaced by the staging ones. {@code lockTimeout} is kept
     * below PostgreSQL's deadlock timeout, so that against a reader that holds one table and waits for another it
     * is the swap that gives up (and is retried), never the reader.
     */
    void swap(JdbcTemplate jdbc, Duration lockTimeout) {
        String live = tables.stream().map(this::live).collect(Collectors.joining(", "));
        jdbc.execute("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'");
        jdbc.execute("LOCK TABLE " + live + " IN ACCESS EXCLUSIVE MODE");
        jdbc.execute("DROP TABLE " + live);
        for (String table : tables) {
            jdbc.execute("ALTER TABLE " + qualified(table) + " SET SCHEMA read_model");
        }
        jdbc.execute("DROP SCHEMA " + SCHEMA);
    }

    void drop(JdbcTemplate jdbc) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private String live(String table) {
        return "read_model." + table;
    }

    private String onStaging(String indexDefinition, String table) {
        Matcher m = INDEX.matcher(indexDefinition);
        if (!m.matches() || !m.group(2).equals(table)) {
            throw new IllegalStateException("cannot rebuild index of " + live(table) + ": " + indexDefinition);
        }
        return m.group(1) + qualified(table) + m.group(3);
    }

    private void copyGrantsOwnerAndOptions(JdbcTemplate jdbc, String table) {
        List<String> grants = jdbc.queryForList("""
                SELECT 'GRANT ' || a.privilege_type || ' ON %s TO '
                       || CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
                       || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END
                FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                WHERE c.oid = CAST(? AS regclass) AND a.grantee <> c.relowner
                ORDER BY 1""".formatted(qualified(table)), String.class, live(table));
        grants.forEach(jdbc::execute);
        String owner = jdbc.queryForObject("""
                SELECT CASE WHEN c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) THEN NULL
                            ELSE quote_ident(pg_get_userbyid(c.relowner)) END
                FROM pg_class c WHERE c.oid = CAST(? AS regclass)""", String.class, live(table));
        if (owner != null) {
            jdbc.execute("ALTER TABLE " + qualified(table) + " OWNER TO " + owner);
        }
        String options = jdbc.queryForObject("""
                SELECT array_to_string(reloptions, ', ') FROM pg_class WHERE oid = CAST(? AS regclass)""",
                String.class, live(table));
        if (options != null && !options.isEmpty()) {
            jdbc.execute("ALTER TABLE " + qualified(table) + " SET (" + options + ")");
        }
        String comment = jdbc.queryForObject("SELECT quote_literal(obj_description(CAST(? AS regclass), 'pg_class'))",
                String.class, live(table));
        if (comment != null) {
            jdbc.execute("COMMENT ON TABLE " + qualified(table) + " IS " + comment);
        }
    }

    private void refuseWhatAMoveWouldLose(JdbcTemplate jdbc) {
        String oids = tables.stream().map(t -> "CAST('" + live(t) + "' AS regclass)")
                .collect(Collectors.joining(", ", "ARRAY[", "]"));
        List<String> found = jdbc.queryForList("""
                SELECT 'foreign key ' || conname FROM pg_constraint
                  WHERE contype = 'f' AND (conrelid = ANY(%1$s) OR confrelid = ANY(%1$s))
                UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE tgrelid = ANY(%1$s) AND NOT tgisinternal
                UNION ALL SELECT 'policy ' || polname FROM pg_policy WHERE polrelid = ANY(%1$s)
                UNION ALL SELECT 'rule ' || rulename FROM pg_rewrite
                  WHERE ev_class = ANY(%1$s) AND rulename <> '_RETURN'
                UNION ALL SELECT DISTINCT 'view ' || CAST(r.ev_class AS regclass) FROM pg_depend d
                  JOIN pg_rewrite r ON r.oid = d.objid
                  WHERE d.classid = CAST('pg_rewrite' AS regclass) AND d.refobjid = ANY(%1$s)
                    AND r.ev_class <> d.refobjid
                UNION ALL SELECT 'inheritance ' || CAST(inhrelid AS regclass) FROM pg_inherits
                  WHERE inhrelid = ANY(%1$s) OR inhparent = ANY(%1$s)""".formatted(oids), String.class);
        if (!found.isEmpty()) {
            throw new IllegalStateException("the bulk rebuild cannot move the read-model tables: " + found);
        }
    }
}
