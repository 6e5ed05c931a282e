package org.lexdraft.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.lexdraft.api.model.FieldError;
import org.lexdraft.api.model.PasswordChange;
import org.lexdraft.common.ProblemException;
import org.lexdraft.delegation.Member;
import org.lexdraft.delegation.MemberCredentialsChanged;

/** One's own password, and what follows from any change of a member's credentials. */
@ApplicationScoped
public class PasswordService {

    @Inject
    CurrentMember current;

    @Inject
    Passwords passwords;

    @Inject
    CredentialCache cache;

    @Inject
    SessionService sessions;

    /** Needs the current password; the old one stops at once and the member's other sessions end. */
    @Transactional
    public void change(PasswordChange request) {
        Member caller = Member.findById(current.get().id, LockModeType.PESSIMISTIC_WRITE);
        Passwords.requireStorable("new", request.getNew());
        if (!passwords.matches(request.getCurrent(), caller.passwordHash)) {
            throw new ProblemException(422, "wrong-password", "Wrong password", "current is not your current password.",
                    List.of(new FieldError("current", "is not your current password")), null);
        }
        caller.passwordHash = passwords.hash(request.getNew());
        credentialsChanged(new MemberCredentialsChanged(caller.id, true, current.sessionId()));
    }

    /** Fired in the transaction of the change: sessions end with it, and remembered credentials go at once. */
    void credentialsChanged(@Observes MemberCredentialsChanged change) {
        cache.forgetMember(change.memberId());
        if (change.endSessions()) {
            sessions.endSessions(change.memberId(), change.keepSession());
        }
    }
}
