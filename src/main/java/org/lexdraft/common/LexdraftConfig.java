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

        /** How long a verified Basic credential is remembered (0 turns the cache off). */
        @WithDefault("2m")
        Duration credentialCacheTtl();

        /** How long a browser session lasts after sign-in. */
        @WithDefault("12h")
        Duration sessionTtl();

        /** Failed sign-ins for one account from one client within the window before 429. */
        @WithDefault("5")
        int signInFailures();

        /** Failed sign-ins from one client, whatever the accounts, within the window before 429. */
        @WithDefault("30")
        int clientSignInFailures();

        @WithDefault("5m")
        Duration signInWindow();
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

        /** Bytes of a request line; longer ones get 414 problem+json (Vert.x's own ceiling is far above). */
        @WithDefault("8192")
        int maxRequestLine();

        /** Bytes of a request's header fields; more get 431 problem+json (Vert.x's own ceiling is far above). */
        @WithDefault("20480")
        int maxHeaderBytes();

        /**
         * Time one comparison may spend on new exact similarities; the pairs it leaves are
         * estimated, and later requests carry on. At least one new pair is computed per request.
         */
        @WithDefault("2s")
        Duration comparisonBudget();

        /** Drafts one comparison may hold (its matrix grows with their square). */
        @WithDefault("500")
        int maxComparedDrafts();

        /** Code points of head text one comparison may hold (it returns every text). */
        @WithDefault("20000000")
        long maxComparisonLength();

        /** Similarities of version pairs kept in memory, least recently used first out. */
        @WithDefault("100000")
        int similarityCacheEntries();

        /** Bytes of whole comparisons kept in memory, least recently used first out (0: none). */
        @WithDefault("67108864")
        long comparisonCacheBytes();
    }
}
