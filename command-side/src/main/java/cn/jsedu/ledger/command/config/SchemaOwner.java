package cn.jsedu.ledger.command.config;

import javax.sql.DataSource;

/**
 * The connection that migrates the command side's schemas, as their owner (ADR 0011). Separate from the
 * application's DataSource, whose role may append events but not create, alter or drop anything.
 */
public record SchemaOwner(DataSource dataSource) {
}
