package org.lexdraft.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** The kind of the default datasource and how to open a connection of one's own to it. */
@ApplicationScoped
public class Databases {

    public boolean isPostgresql() {
        return "postgresql".equals(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class)
                .orElse("")) || url().startsWith("jdbc:postgresql:");
    }

    public String url() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("");
    }

    public Optional<String> username() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class);
    }

    public Optional<String> password() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class);
    }
}
