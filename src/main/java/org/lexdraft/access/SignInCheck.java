package org.lexdraft.access;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The check of {@link MembersOnly}: the request's credentials are verified now (a wrong one is 401,
 * or 429 past the throttle, from the problem mapper), and a request with none is 401. It runs after
 * matching, so on the endpoint's worker thread, where the lookup runs in place with no hop.
 */
public class SignInCheck {

    @Inject
    CurrentIdentityAssociation identities;

    @MembersOnly
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> requireSignIn() {
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> identity.isAnonymous()
                ? Uni.createFrom().failure(new UnauthorizedException())
                : Uni.createFrom().voidItem());
    }
}
