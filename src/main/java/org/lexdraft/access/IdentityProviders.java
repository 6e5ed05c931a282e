package org.lexdraft.access;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns the credentials the mechanism read into identities, on a worker thread (they query the database). */
final class IdentityProviders {

    private IdentityProviders() {
    }

    /** The client a failed sign-in is counted against. */
    static String client(AuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context == null ? "unknown" : client(context.request());
    }

    static String client(io.vertx.core.http.HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        SignIns signIns;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            String client = client(request);
            return context.runBlocking(() -> Identities.of(
                    signIns.byPassword(request.getUsername(), new String(request.getPassword().getPassword()), client),
                    Identities.BASIC));
        }
    }

    @ApplicationScoped
    static class Token implements IdentityProvider<TokenAuthenticationRequest> {

        @Inject
        SignIns signIns;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            TokenCredential token = request.getToken();
            boolean session = LexdraftAuthMechanism.SESSION_TYPE.equals(token.getType());
            return context.runBlocking(() -> Identities.of(
                    signIns.byToken(token.getToken(), session ? AccessToken.SESSION : AccessToken.API),
                    session ? Identities.SESSION : Identities.BEARER));
        }
    }
}
