package org.lexdraft.access;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.lexdraft.delegation.Member;

/** The signed-in member of this request, however it signed in (Basic, token or session cookie). */
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityIdentity identity;

    /**
     * Loaded in the caller's persistence context (with its delegation), so it can be used in queries.
     * The identity names the member by id: one lookup by primary key.
     */
    public Member get() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Long id = identity.getAttribute(Identities.MEMBER_ID);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return Member.findWithDelegation(id).orElseThrow(UnauthorizedException::new);
    }

    /**
     * The id of the signed-in member's delegation, known from the sign-in without loading the
     * member (a member never changes delegation).
     */
    public long delegationId() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Long id = identity.getAttribute(Identities.DELEGATION_ID);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    /** How this request signed in: {@code basic}, {@code bearer} or {@code session}. */
    public String credential() {
        return identity.isAnonymous() ? null : identity.getAttribute(Identities.CREDENTIAL);
    }

    /** The id of the session token this request signed in with, if it came with the session cookie. */
    public Long sessionId() {
        return identity.isAnonymous() ? null : identity.getAttribute(Identities.SESSION_ID);
    }
}
