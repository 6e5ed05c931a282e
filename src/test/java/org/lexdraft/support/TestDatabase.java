package org.lexdraft.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every test run its own fresh database (an H2 file under target/, or a new PostgreSQL database
 * on the server named by lexdrafttest.pg-url) and a random bootstrap password for {@code admin}, so
 * tests never depend on data a previous run left, and no fixed password exists.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_PASSWORD_PROPERTY = "lexdrafttest.admin-password";

    private String pgDatabase;

    @Override
    public Map<String, String> start() {
        String password = System.getProperty(ADMIN_PASSWORD_PROPERTY);
        if (password == null) {
            password = "t-" + UUID.randomUUID();
            System.setProperty(ADMIN_PASSWORD_PROPERTY, password);
        }
        String name = "lexdraft_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String kind = System.getProperty("lexdrafttest.db-kind", "h2");
        String url;
        if (kind.equals("postgresql")) {
            pgDatabase = name;
            execute("create database " + name);
            url = pgUrl() + name;
        } else {
            url = "jdbc:h2:file:./target/testdb/" + name + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        }
        return Map.of("quarkus.datasource.jdbc.url", url, "lexdraft.admin-password", password);
    }

    @Override
    public void stop() {
        if (pgDatabase != null) {
            execute("drop database if exists " + pgDatabase + " with (force)");
        }
    }

    private static String pgUrl() {
        return System.getProperty("lexdrafttest.pg-url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static void execute(String sql) {
        String user = System.getProperty("lexdrafttest.pg-user", "postgres");
        try (Connection c = DriverManager.getConnection(pgUrl() + "postgres", user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test database: " + e.getMessage(), e);
        }
    }
}
