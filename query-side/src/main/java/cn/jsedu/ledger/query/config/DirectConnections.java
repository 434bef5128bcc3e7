package cn.jsedu.ledger.query.config;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Connections of their own, opened with the pool's settings (URL, user, password, driver properties) but outside
 * the pool: for work that holds a connection for long (the commit listener) or needs a driver setting the pool's
 * connections do not have (the bulk rebuild). Where the pool is not Hikari's, a pooled connection without the
 * overrides; callers that depend on an override check it.
 */
public final class DirectConnections {

    private final DataSource dataSource;

    public DirectConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code overrides}: driver properties that differ from the pool's, e.g. {@code ApplicationName}. */
    public Connection open(Map<String, String> overrides) throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            overrides.forEach(properties::setProperty);
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }
}
