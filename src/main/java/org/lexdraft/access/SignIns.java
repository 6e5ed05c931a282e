package org.lexdraft.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Member;

/**
 * Checks credentials. A token or session is one SHA-256 and one indexed lookup; a password is one
 * lookup plus, unless the credential cache remembers it, one bcrypt check, made outside any
 * transaction so that no connection is held while it runs.
 */
@ApplicationScoped
public class SignIns {

    @Inject
    Passwords passwords;

    @Inject
    CredentialCache cache;

    @Inject
    SignInThrottle throttle;

    /** A member by username and password, or an AuthenticationFailedException; 429 past the throttle. */
    public SignedIn byPassword(String username, String password, String client) {
        String cacheKey = cache.keyOf(username, password);
        Long remembered = cache.lookup(cacheKey);
        SignedIn member = QuarkusTransaction.joiningExisting().call(() -> findByUsername(username));
        if (remembered != null && member != null && member.id() == remembered
                && cache.verifiedAgainst(cacheKey, member.passwordHash())) {
            throttle.succeeded(username, client);
            return member;
        }
        long wait = throttle.retryAfterSeconds(username, client);
        if (wait > 0) {
            throw new AuthenticationFailedException(new SignInThrottled(wait));
        }
        if (member == null) {
            passwords.spendAsIfChecking(password);
            throttle.failed(username, client);
            throw new AuthenticationFailedException();
        }
        if (!passwords.matches(password, member.passwordHash())) {
            throttle.failed(username, client);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username, client);
        cache.remember(cacheKey, member.id(), member.passwordHash());
        return member;
    }

    /** The member of a live token of this kind (API token or session), or an AuthenticationFailedException. */
    public SignedIn byToken(String secret, String kind) {
        String hash = Secrets.sha256(secret);
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Object[]> rows = AccessToken.getEntityManager().createQuery(
                            "select t.id, t.expiresAt, t.lastUsedAt, m.id, m.username, m.role, m.active, m.passwordHash"
                                    + " from AccessToken t join t.member m"
                                    + " where t.tokenHash = ?1 and t.kind = ?2 and t.revokedAt is null", Object[].class)
                    .setParameter(1, hash).setParameter(2, kind).getResultList();
            if (rows.isEmpty()) {
                throw new AuthenticationFailedException();
            }
            Object[] row = rows.get(0);
            Instant now = Times.now();
            if (!((Instant) row[1]).isAfter(now) || !(Boolean) row[6]) {
                throw new AuthenticationFailedException();
            }
            Instant lastUsed = (Instant) row[2];
            if (lastUsed == null || lastUsed.plus(TokenService.LAST_USED_GRANULARITY).isBefore(now)) {
                AccessToken.update("lastUsedAt = ?1 where id = ?2", now, row[0]);
            }
            return new SignedIn((Long) row[3], (String) row[4], (String) row[5], (String) row[7], (Long) row[0]);
        });
    }

    private static SignedIn findByUsername(String username) {
        List<Object[]> rows = Member.getEntityManager().createQuery(
                        "select m.id, m.username, m.role, m.passwordHash from Member m where m.username = ?1 and m.active = true",
                        Object[].class)
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new SignedIn((Long) row[0], (String) row[1], (String) row[2], (String) row[3], null);
    }
}
