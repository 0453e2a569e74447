package nl.heerlen.energiemonitor.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the application's database when the server has none of that name. Never drops or alters anything. */
final class DatabaseCreator {

    private DatabaseCreator() {
    }

    /**
     * @param maintenanceJdbcUrl JDBC URL of a database that exists on the server (normally {@code postgres})
     * @return true if the database was created, false if it existed already
     */
    static boolean ensureExists(String maintenanceJdbcUrl, String user, String password, String database)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(maintenanceJdbcUrl, user, password)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(database));
                return true;
            } catch (SQLException e) {
                if ("42P04".equals(e.getSQLState())) { // duplicate_database: another instance was quicker
                    return false;
                }
                throw e;
            }
        }
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
