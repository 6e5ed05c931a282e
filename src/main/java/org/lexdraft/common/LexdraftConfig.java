package org.lexdraft.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** lexdraft's own settings ({@code lexdraft.*} in application.properties or LEXDRAFT_* variables). */
@ConfigMapping(prefix = "lexdraft")
public interface LexdraftConfig {

    /** Password of the bootstrap chair member {@code admin}; random and logged once when absent. */
    Optional<String> adminPassword();

    Security security();

    Limits limits();

    interface Security {
        @WithDefault("10")
        int bcryptCost();
    }

    interface Limits {
        @WithDefault("1048576")
        long maxBodyBytes();

        @WithDefault("100000")
        int maxTextLength();

        @WithDefault("500ms")
        Duration diffDeadline();

        /** Code points of text one export (a term's compilation) may carry. */
        @WithDefault("2000000")
        int maxExportLength();
    }
}
