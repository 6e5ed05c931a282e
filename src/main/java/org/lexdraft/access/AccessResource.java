package org.lexdraft.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lexdraft.api.AccessApi;
import org.lexdraft.api.model.NewToken;
import org.lexdraft.api.model.PasswordChange;
import org.lexdraft.api.model.SignIn;
import org.lexdraft.api.model.TokenPage;
import org.lexdraft.common.Challenge;
import org.lexdraft.common.Pages;

public class AccessResource implements AccessApi {

    @Inject
    TokenService tokens;

    @Inject
    SessionService sessions;

    @Inject
    PasswordService passwords;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Context
    HttpServerRequest http;

    @Override
    @MembersOnly
    public Response changePassword(PasswordChange body) {
        passwords.change(body);
        return Response.noContent().build();
    }

    @Override
    @MembersOnly
    public Response createToken(NewToken body) {
        var created = tokens.create(body);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/tokens").path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @Override
    @MembersOnly
    public Response listTokens(Integer page, Integer size) {
        var result = tokens.list(page, size);
        return Pages.ok(new TokenPage(result.items(), result.page(), result.size(), result.total()), result, uriInfo);
    }

    @Override
    @MembersOnly
    public Response revokeToken(Long tid) {
        tokens.revoke(tid);
        return Response.noContent().build();
    }

    @Override
    @PermitAll
    public Response createSession(SignIn body) {
        String secret = sessions.signIn(body, IdentityProviders.client(http));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie(secret, false)).build();
    }

    @Override
    @PermitAll
    public Response deleteSession() {
        var cookie = headers.getCookies().get(Challenge.SESSION_COOKIE);
        sessions.signOut(cookie == null ? null : cookie.getValue());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", true)).build();
    }

    /** HttpOnly so scripts cannot read it, SameSite=Strict so other sites cannot send it, Secure behind TLS. */
    private String cookie(String value, boolean clear) {
        StringBuilder c = new StringBuilder(Challenge.SESSION_COOKIE).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if (http.isSSL() || "https".equalsIgnoreCase(uriInfo.getBaseUri().getScheme())) {
            c.append("; Secure");
        }
        if (clear) {
            c.append("; Max-Age=0");
        }
        return c.toString();
    }
}
