package org.lexdraft.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lexdraft.common.LexdraftConfig;

/**
 * Verified HTTP Basic credentials, remembered for a short time so that a script's every request
 * does not pay a full bcrypt check. Keyed by an HMAC of username and password under a key that
 * lives only in this process: neither the password nor a plain hash of it is kept. An entry holds
 * the bcrypt hash it was verified against; a hit counts only while the member is still active and
 * still has that hash, which the sign-in reads from the database on every request, so a password
 * change, a reset or a deactivation on any instance drops it at once. A wrong password is never
 * stored.
 */
@ApplicationScoped
public class CredentialCache {

    /** A bound on memory; past it the cache is cleared and fills again. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(long memberId, String passwordHash, long expiresAtNanos) {
    }

    private final byte[] key = Secrets.randomKey();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    LexdraftConfig config;

    String keyOf(String username, String password) {
        return Secrets.hmac(key, username + '\u0000' + password);
    }

    /**
     * Whether this credential was verified for this member against this very hash (a changed
     * password never matches) and has not expired.
     */
    boolean remembers(String cacheKey, long memberId, String passwordHash) {
        Entry e = entries.get(cacheKey);
        if (e == null) {
            return false;
        }
        if (System.nanoTime() - e.expiresAtNanos() > 0) {
            entries.remove(cacheKey, e);
            return false;
        }
        return e.memberId() == memberId && Secrets.sameSecret(e.passwordHash(), passwordHash);
    }

    void remember(String cacheKey, long memberId, String passwordHash) {
        long ttl = config.security().credentialCacheTtl().toNanos();
        if (ttl <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(cacheKey, new Entry(memberId, passwordHash, System.nanoTime() + ttl));
    }

    /** Drops every credential remembered for the member (its password changed, or it was deactivated). */
    public void forgetMember(long memberId) {
        entries.values().removeIf(e -> e.memberId() == memberId);
    }
}
