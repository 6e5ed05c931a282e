package org.lexdraft.access;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.lexdraft.common.Times;

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

    @Inject
    CredentialStore store;

    /** A member by username and password, or an AuthenticationFailedException; 429 past the throttle. */
    public SignedIn byPassword(String username, String password, String client) {
        String cacheKey = cache.keyOf(username, password);
        SignedIn member = store.activeMember(username);
        if (member != null && cache.remembers(cacheKey, member.id(), member.passwordHash())) {
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
        CredentialStore.TokenRow row = store.token(Secrets.sha256(secret), kind);
        Instant now = Times.now();
        if (row == null || !row.active() || !row.expiresAt().isAfter(now)) {
            throw new AuthenticationFailedException();
        }
        Instant notBefore = now.minus(TokenService.LAST_USED_GRANULARITY);
        if (row.lastUsedAt() == null || row.lastUsedAt().isBefore(notBefore)) {
            store.touch(row.tokenId(), now, notBefore);
        }
        return row.member();
    }
}
