package org.lexdraft.common;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.lexdraft.delegation.Member;

/** The signed-in member of this request. */
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityIdentity identity;

    /** Loaded in the caller's persistence context (with its delegation), so it can be used in queries. */
    public Member get() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return Member.findWithDelegation(identity.getPrincipal().getName())
                .orElseThrow(UnauthorizedException::new);
    }
}
