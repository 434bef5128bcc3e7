-- The ledger's database roles (ADR 0011). Run by a superuser in the ledger's database, before the services start:
-- by the DBA in production (docker/postgres/init/10-ledger-roles.sh shows how), by the command side itself in the
-- embedded default. Idempotent: safe to run again at every start. Passwords are set separately (ALTER ROLE ...
-- PASSWORD), never stored here.
--
--   ledger_owner    owns schemas event_store and command_side; runs the command side's migrations. Never used by
--                   a running service.
--   ledger_command  the command side at run time: appends and reads events, reads/writes its own tables.
--   ledger_query    the query side: reads the event store, owns schema read_model (its migrations and tables).
--   ledger_auditor  read-only access to the event store and the read models, for auditors' own tools.
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['ledger_owner', 'ledger_command', 'ledger_query', 'ledger_auditor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION', name);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ledger_owner, ledger_command, ledger_query, ledger_auditor',
                   current_database());
    -- The first migrations say CREATE SCHEMA IF NOT EXISTS, which PostgreSQL checks against this privilege before
    -- it looks whether the schema exists; the schemas themselves are created below with their owners.
    EXECUTE format('GRANT CREATE ON DATABASE %I TO ledger_owner, ledger_query', current_database());
END
$$;

-- Nobody creates objects in public: every table of the ledger lives in one of its three schemas.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA IF NOT EXISTS event_store AUTHORIZATION ledger_owner;
CREATE SCHEMA IF NOT EXISTS command_side AUTHORIZATION ledger_owner;
CREATE SCHEMA IF NOT EXISTS read_model AUTHORIZATION ledger_query;
ALTER SCHEMA event_store OWNER TO ledger_owner;
ALTER SCHEMA command_side OWNER TO ledger_owner;
ALTER SCHEMA read_model OWNER TO ledger_query;

-- A store created before these roles existed (tables owned by whoever ran the migrations then) is handed over to
-- the schema's owner. Sequences owned by a column move with their table.
DO $$
DECLARE
    o RECORD;
BEGIN
    FOR o IN SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind, pg_get_userbyid(n.nspowner) AS owner
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname IN ('event_store', 'command_side', 'read_model') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
               AND c.relowner <> n.nspowner
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                               AND d.deptype IN ('a', 'i') AND d.refclassid = 'pg_class'::regclass) LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
                       CASE o.kind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                   ELSE 'TABLE' END, o.schema, o.name, o.owner);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS signature, pg_get_userbyid(n.nspowner) AS owner
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname IN ('event_store', 'command_side', 'read_model') AND p.proowner <> n.nspowner LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', o.signature, o.owner);
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA event_store TO ledger_command, ledger_query, ledger_auditor;
GRANT USAGE ON SCHEMA command_side TO ledger_command;
GRANT USAGE ON SCHEMA read_model TO ledger_auditor;

-- Tables the owners create later get these privileges by default; the event store's table-by-table privileges
-- (append-only) are applied by the owner after each migration (db/event-store-policy/afterMigrate.sql).
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_owner IN SCHEMA event_store GRANT SELECT ON TABLES TO ledger_query, ledger_auditor;
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_owner IN SCHEMA command_side
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ledger_command;
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_owner IN SCHEMA command_side GRANT USAGE, SELECT ON SEQUENCES TO ledger_command;
ALTER DEFAULT PRIVILEGES FOR ROLE ledger_query IN SCHEMA read_model GRANT SELECT ON TABLES TO ledger_auditor;

-- ...and the tables that exist already.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA command_side TO ledger_command;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA command_side TO ledger_command;
GRANT SELECT ON ALL TABLES IN SCHEMA read_model TO ledger_auditor;
