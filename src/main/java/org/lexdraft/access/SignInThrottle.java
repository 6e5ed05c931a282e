package org.lexdraft.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lexdraft.common.LexdraftConfig;

/**
 * Counts failed password sign-ins per account and client, and per client, in fixed windows. Past
 * the limit the client is answered 429 without a bcrypt check, so guessing costs the server
 * nothing. The member is not locked out: the count is per client, tokens and sessions are not
 * affected, and a credential already verified (remembered by the credential cache) still signs in.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_TRACKED = 100_000;

    private static final class Window {
        final long startNanos;
        int failures;

        Window(long startNanos) {
            this.startNanos = startNanos;
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    LexdraftConfig config;

    /** Seconds the client must wait before trying this account again, or 0 if it may try now. */
    long retryAfterSeconds(String username, String client) {
        long now = System.nanoTime();
        long pair = wait(pairKey(username, client), config.security().signInFailures(), now);
        long all = wait(clientKey(client), config.security().clientSignInFailures(), now);
        return Math.max(pair, all);
    }

    void failed(String username, String client) {
        long now = System.nanoTime();
        count(pairKey(username, client), now);
        count(clientKey(client), now);
    }

    void succeeded(String username, String client) {
        windows.remove(pairKey(username, client));
    }

    private long wait(String key, int limit, long now) {
        Window w = windows.get(key);
        if (w == null) {
            return 0;
        }
        long window = config.security().signInWindow().toNanos();
        long left = w.startNanos + window - now;
        if (left <= 0) {
            windows.remove(key, w);
            return 0;
        }
        synchronized (w) {
            return w.failures >= limit ? Math.max(1, (left + 999_999_999L) / 1_000_000_000L) : 0;
        }
    }

    private void count(String key, long now) {
        if (windows.size() >= MAX_TRACKED) {
            long window = config.security().signInWindow().toNanos();
            windows.values().removeIf(w -> now - w.startNanos >= window);
        }
        long window = config.security().signInWindow().toNanos();
        Window w = windows.compute(key, (k, old) -> old == null || now - old.startNanos >= window ? new Window(now) : old);
        synchronized (w) {
            w.failures++;
        }
    }

    private static String pairKey(String username, String client) {
        return username.toLowerCase(Locale.ROOT) + '\u0000' + client;
    }

    private static String clientKey(String client) {
        return "\u0000" + client;
    }
}
