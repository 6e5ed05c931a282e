package org.lexdraft.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.lexdraft.common.Challenge;

/**
 * The one way in: {@code Authorization: Bearer} (an API token), {@code Authorization: Basic}
 * (username and password), or the session cookie of the page. An Authorization header wins over
 * the cookie.
 */
@ApplicationScoped
public class LexdraftAuthMechanism implements HttpAuthenticationMechanism {

    /** Token requests say which kind of token they carry. */
    static final String BEARER_TYPE = "bearer";
    static final String SESSION_TYPE = "session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        AuthenticationRequest request;
        if (authorization != null) {
            request = fromAuthorization(authorization.strip());
        } else {
            Cookie cookie = context.request().getCookie(Challenge.SESSION_COOKIE);
            if (cookie == null || cookie.getValue().isEmpty()) {
                return Uni.createFrom().optional(java.util.Optional.empty());
            }
            request = new TokenAuthenticationRequest(new TokenCredential(cookie.getValue(), SESSION_TYPE));
        }
        if (request == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unreadable Authorization header"));
        }
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    private static AuthenticationRequest fromAuthorization(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("bearer") && !value.isEmpty()) {
            return new TokenAuthenticationRequest(new TokenCredential(value, BEARER_TYPE));
        }
        if (scheme.equalsIgnoreCase("basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        var r = context.request();
        if (Challenge.basicWanted(r.getHeader(HttpHeaders.AUTHORIZATION), r.getHeader(HttpHeaders.COOKIE),
                r.getHeader("X-Requested-With"), r.getHeader("Sec-Fetch-Mode"))) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", Challenge.BASIC));
        }
        return Uni.createFrom().item(new ChallengeData(401));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "basic"));
    }
}
