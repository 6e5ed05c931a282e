package org.lexdraft.access;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import org.lexdraft.api.model.CreatedToken;
import org.lexdraft.api.model.NewToken;
import org.lexdraft.api.model.Token;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.RandomIds;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Member;

/** API tokens: created by any member for itself, listed by their owner, revoked by it or the chair. */
@ApplicationScoped
public class TokenService {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 365;

    /** lastUsedAt is approximate: written at most this often, so reads do not become writes. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Inject
    CurrentMember current;

    @Transactional
    public CreatedToken create(NewToken request) {
        Member caller = current.get();
        int days = request.getExpiresInDays() == null ? DEFAULT_DAYS : request.getExpiresInDays();
        if (days < 1 || days > MAX_DAYS) {
            throw Problems.invalidField("expiresInDays", "must be from 1 to " + MAX_DAYS);
        }
        String label = Problems.requireText("label", request.getLabel());
        String secret = Secrets.newSecret(Secrets.TOKEN_PREFIX);
        AccessToken t = issue(caller, AccessToken.API, label, secret, Duration.ofDays(days));
        return new CreatedToken(t.id, t.label, secret, Times.utc(t.createdAt), Times.utc(t.expiresAt));
    }

    @Transactional(TxType.SUPPORTS)
    public PageResult<Token> list(int page, int size) {
        Member caller = current.get();
        var query = AccessToken.<AccessToken>find("member = ?1 and kind = ?2 and revokedAt is null",
                Sort.descending("createdAt").and("id"), caller, AccessToken.API).page(Page.of(page, size));
        long total = AccessToken.count("member = ?1 and kind = ?2 and revokedAt is null", caller, AccessToken.API);
        return new PageResult<>(query.list().stream().map(TokenService::toApi).toList(), page, size, total);
    }

    /** The owner revokes its own tokens; the chair any. Another member's token is a 404 to others. */
    @Transactional
    public void revoke(long id) {
        Member caller = current.get();
        AccessToken t = AccessToken.findById(id);
        if (t == null || !AccessToken.API.equals(t.kind) || t.revokedAt != null
                || (!t.member.id.equals(caller.id) && !caller.isChair())) {
            throw Problems.notFound("There is no token " + id + ".");
        }
        t.revokedAt = Times.now();
    }

    AccessToken issue(Member member, String kind, String label, String secret, Duration ttl) {
        Instant now = Times.now();
        AccessToken t = new AccessToken();
        t.id = RandomIds.next();
        t.member = member;
        t.kind = kind;
        t.label = label;
        t.tokenHash = Secrets.sha256(secret);
        t.createdAt = now;
        t.expiresAt = now.plus(ttl);
        t.persist();
        return t;
    }

    private static Token toApi(AccessToken t) {
        Token token = new Token(t.id, t.label, Times.utc(t.createdAt), Times.utc(t.expiresAt));
        token.setLastUsedAt(Times.utc(t.lastUsedAt));
        return token;
    }
}
