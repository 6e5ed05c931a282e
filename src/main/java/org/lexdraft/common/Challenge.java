package org.lexdraft.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * Whether a 401 carries a Basic challenge. Browsers answer one with their own sign-in box, so it
 * goes only to clients that sent no other kind of credential and are not scripts.
 */
public final class Challenge {

    /** The cookie of the page the service serves. */
    public static final String SESSION_COOKIE = "lexdraft_session";

    public static final String BASIC = "Basic realm=\"lexdraft\"";

    private Challenge() {
    }

    public static boolean basicWanted(String authorization, String cookie, String requestedWith, String fetchMode) {
        if (authorization != null && !authorization.regionMatches(true, 0, "basic ", 0, 6)) {
            return false;
        }
        if (cookie != null && cookie.contains(SESSION_COOKIE + "=")) {
            return false;
        }
        if (requestedWith != null) {
            return false;
        }
        return fetchMode == null || !fetchMode.toLowerCase(Locale.ROOT).equals("cors");
    }

    /** The page's own sign-in answers its form, never with a browser's box. */
    public static boolean basicWanted(HttpHeaders headers, String path) {
        if (path != null && path.startsWith("/api/session")) {
            return false;
        }
        return basicWanted(headers.getHeaderString(HttpHeaders.AUTHORIZATION), headers.getHeaderString(HttpHeaders.COOKIE),
                headers.getHeaderString("X-Requested-With"), headers.getHeaderString("Sec-Fetch-Mode"));
    }
}
