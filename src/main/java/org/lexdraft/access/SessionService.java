package org.lexdraft.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.lexdraft.api.model.SignIn;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.Times;
import org.lexdraft.delegation.Member;

/** Browser sessions: a session token behind an HttpOnly cookie, stored like an API token. */
@ApplicationScoped
public class SessionService {

    @Inject
    SignIns signIns;

    @Inject
    TokenService tokens;

    @Inject
    LexdraftConfig config;

    /** Checks the password (throttled like Basic) and answers the new session's secret. */
    public String signIn(SignIn request, String client) {
        SignedIn member = signIns.byPassword(request.getUsername(), request.getPassword(), client);
        return open(member.id());
    }

    @Transactional
    String open(long memberId) {
        String secret = Secrets.newSecret(Secrets.SESSION_PREFIX);
        Member m = Member.getEntityManager().getReference(Member.class, memberId);
        tokens.issue(m, AccessToken.SESSION, "browser session", secret, config.security().sessionTtl());
        return secret;
    }

    /** Ends the session with this secret, if it is one. */
    @Transactional
    public void signOut(String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        AccessToken.update("revokedAt = ?1 where tokenHash = ?2 and kind = ?3 and revokedAt is null",
                Times.now(), Secrets.sha256(secret), AccessToken.SESSION);
    }

    /** Ends every session of the member but the one given (which may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endSessions(long memberId, Long except) {
        if (except == null) {
            AccessToken.update("revokedAt = ?1 where member.id = ?2 and kind = ?3 and revokedAt is null",
                    Times.now(), memberId, AccessToken.SESSION);
        } else {
            AccessToken.update("revokedAt = ?1 where member.id = ?2 and kind = ?3 and revokedAt is null and id <> ?4",
                    Times.now(), memberId, AccessToken.SESSION, except);
        }
    }
}
